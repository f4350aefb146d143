package dateline.reading;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Holidays by name, dated by the tense of their clause: "Elian was found on Thanksgiving Day" in January is the
 * Thanksgiving just gone, where SUTime takes the one of the publication year. Only holidays whose date follows from
 * a fixed rule; the US ones are those of the US news in the corpora Dateline is measured on.
 */
final class Holidays {
    private static final Pattern NAMES = Pattern.compile("\\b(?:(last|next|this) )?(Thanksgiving(?: Day)?|Christmas(?: Day| Eve)?"
            + "|New Year's (?:Day|Eve)|Independence Day|Halloween|Election Day|Labor Day|Memorial Day|Veterans Day"
            + "|Valentine's Day)(?!\\w)");

    private Holidays() {
    }

    static void collect(Reading r, LocalDate anchor, List<Timex> out) {
        String text = r.article().text();
        Matcher m = NAMES.matcher(text);
        while (m.find()) {
            IntFunction<LocalDate> date = rule(m.group(2));
            String cue = m.group(1) == null ? "" : m.group(1);
            Tense tense = switch (cue) {
                case "last" -> Tense.PAST;
                case "next" -> Tense.FUTURE;
                case "this" -> Tense.PRESENT;
                default -> Tense.of(r, m.start());
            };
            out.add(new Timex(m.start(), m.end(), m.group(), TimexType.DATE, resolve(date, anchor, tense).toString()));
        }
    }

    /** The last one on or before the publication date when past, the next one when future, else this year's. */
    static LocalDate resolve(IntFunction<LocalDate> date, LocalDate anchor, Tense tense) {
        LocalDate thisYear = date.apply(anchor.getYear());
        return switch (tense) {
            case PAST -> thisYear.isAfter(anchor) ? date.apply(anchor.getYear() - 1) : thisYear;
            case FUTURE -> thisYear.isBefore(anchor) ? date.apply(anchor.getYear() + 1) : thisYear;
            default -> thisYear;
        };
    }

    private static IntFunction<LocalDate> rule(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith("thanksgiving")) {
            return y -> LocalDate.of(y, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
        }
        if (n.startsWith("election")) {
            // The Tuesday after the first Monday of November.
            return y -> LocalDate.of(y, 11, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)).plusDays(1);
        }
        if (n.startsWith("labor")) {
            return y -> LocalDate.of(y, 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        }
        if (n.startsWith("memorial")) {
            return y -> LocalDate.of(y, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
        }
        MonthDay fixed = switch (n) {
            case "christmas", "christmas day" -> MonthDay.of(12, 25);
            case "christmas eve" -> MonthDay.of(12, 24);
            case "new year's day" -> MonthDay.of(1, 1);
            case "new year's eve" -> MonthDay.of(12, 31);
            case "independence day" -> MonthDay.of(7, 4);
            case "halloween" -> MonthDay.of(10, 31);
            case "veterans day" -> MonthDay.of(11, 11);
            default -> MonthDay.of(2, 14); // Valentine's Day
        };
        return fixed::atYear;
    }
}
