package dateline.reading;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times told from the story's own time rather than the publication date: "that year", "later that year", "the
 * following month", "earlier that day", "the next morning", "the previous Friday". Each is counted from the last
 * date the text gave before it (SUTime counts from the publication date, or reads a mere "year" as a span).
 */
final class Discourse {
    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(?:(?:later|earlier) )?(?:that(?: same)?|the same|the "
            + "(following|next|previous)) (year|month|day|morning|afternoon|evening|night|"
            + "monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b(?! or\\b)");
    private static final Pattern EXPLICIT_YEAR = Pattern.compile("\\b\\d{4}\\b");

    private Discourse() {
    }

    /** The times with each story-relative expression counted from the date before it; {@code times} is in text order. */
    static List<Timex> anchor(String text, List<Timex> times) {
        List<Timex> out = new ArrayList<>(times);
        Set<Timex> told = Collections.newSetFromMap(new IdentityHashMap<>());
        Matcher m = RELATIVE.matcher(text);
        while (m.find()) {
            String unit = m.group(2).toLowerCase(Locale.ROOT);
            Timex reference = reference(out, told, m.start(), !unit.equals("year") && !unit.equals("month"));
            if (reference == null) {
                continue;
            }
            String value = shift(reference.value().replaceFirst("T.*$", ""), m.group(1), unit);
            if (value == null) {
                continue;
            }
            int start = m.start(), end = m.end();
            out.removeIf(t -> t.start() < end && t.end() > start);
            int at = 0;
            while (at < out.size() && out.get(at).start() < start) {
                at++;
            }
            Timex moved = new Timex(start, end, m.group(), TimexType.DATE, value);
            out.add(at, moved);
            told.add(moved); // "the following year ... later that year": the story's time moves on
        }
        return out;
    }

    /**
     * The last date before the offset that the text states with its year ("1995", "Oct. 23, 1998", "March 1989") or
     * that was itself told from such a date; for a day ("the same day", "the next morning"), any day the text names
     * ("on Friday ... on the same day"), since a weekday is as exact a day as a dated one.
     */
    private static Timex reference(List<Timex> times, Set<Timex> told, int offset, boolean anyDay) {
        Timex found = null;
        for (Timex t : times) {
            if (t.end() > offset) {
                break;
            }
            // "10:30 p.m. Aug. 9 ... the following morning": a clock time names its day too
            if (t.value() == null || !t.value().matches("\\d{4}(-\\d{2}(-\\d{2}(T\\d.*)?)?)?")) {
                continue;
            }
            if (told.contains(t) || EXPLICIT_YEAR.matcher(t.text()).find() || anyDay && t.value().length() >= 10) {
                found = t;
            }
        }
        return found;
    }

    /** The reference moved by "following"/"next" (+1), "previous" (-1) or nothing ("that"), at the unit's grain. */
    private static String shift(String reference, String direction, String unit) {
        int step = direction == null ? 0 : direction.equalsIgnoreCase("previous") ? -1 : 1;
        switch (unit) {
            case "year" -> {
                return String.valueOf(Integer.parseInt(reference.substring(0, 4)) + step);
            }
            case "month" -> {
                if (reference.length() < 7) {
                    return null;
                }
                return YearMonth.parse(reference.substring(0, 7)).plusMonths(step).toString();
            }
            default -> {
                if (reference.length() < 10) {
                    return null;
                }
                LocalDate day = LocalDate.parse(reference);
                if (unit.endsWith("day") && !unit.equals("day")) {
                    // "the previous Friday": the Friday before the day last named; "that Friday" is left to the tense.
                    DayOfWeek weekday = DayOfWeek.valueOf(unit.toUpperCase(Locale.ROOT));
                    if (step == 0) {
                        return null;
                    }
                    return day.with(step < 0 ? TemporalAdjusters.previous(weekday) : TemporalAdjusters.next(weekday))
                            .toString();
                }
                return day.plusDays(step).toString();
            }
        }
    }
}
