package dateline.reading;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time expressions SUTime misses, found with patterns. Gaps: hyphenated parts of months and years ("mid-November",
 * "late-November", "mid-1996"), "fiscal 1989", "year-end", "the near term", spans as adjectives ("day-long",
 * "single-day"), decades by name ("the nineties") or without their century ("the '70s"), and weekdays with a part
 * of the day ("Sunday night"). Overrides: fractional spans ("2 1/2 years", "a minute and a half"), spans still to run
 * ("two more weeks", "20 more years") and runs ("six straight days"), of which SUTime keeps only the unit; halves of
 * a year ("the last half of 1989"), and "year end", where SUTime keeps only "year".
 */
final class ExtraTimes {
    private static final String MONTHS = "(January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final Pattern PART_OF_MONTH = Pattern.compile("\\b(?i:early|mid|late)-" + MONTHS + "(?![\\w-])");
    private static final Pattern PART_OF_YEAR = Pattern.compile("\\b(?i:early|mid|late)-((?:19|20)\\d\\d)\\b(?!s)");
    private static final Pattern FISCAL = Pattern.compile("\\b(?i:fiscal) ((?:19|20)\\d\\d)\\b");
    private static final Pattern YEAR_END = Pattern.compile("\\b(?i:year-end)\\b");
    // "year end", "year's end": SUTime keeps only "year", a span.
    static final Pattern YEAR_END_WORDS = Pattern.compile("\\b(?i:year(?:'s|\u2019s)? end)\\b");
    private static final Pattern HALF_OF_YEAR = Pattern.compile("(?i)\\b(?:the )?(first|second|last|latter|final) "
            + "(half|two quarters) of ((?:19|20)\\d\\d)\\b");
    // "the '70s", "the 70s and 80s": a decade without its century; a bare "70s" after "his" or "their" is an age.
    private static final Pattern SHORT_DECADE = Pattern.compile("(?:\\b(?i:the)\\s+|['\u2019]|\\b\\d0s (?:and|or|to) )"
            + "['\u2019]?([1-9]0)s\\b");
    // "in the near term": TimeML's FUTURE_REF, a time to come with no date.
    private static final Pattern TERM = Pattern.compile("\\b(?i:the (?:near|short|medium|long) term)\\b");
    // "a day-long sell-off", "a decades-long feud", "a single-day record": spans written as adjectives.
    private static final Pattern LONG = Pattern.compile("\\b(?i:(single-)(day|week|month|year)|(day|week|month|year)-long"
            + "|(days|weeks|months|years|decades)-long)\\b");
    private static final Pattern DECADE_WORD = Pattern.compile("\\b(?i:the )(?:(?i:early|late|mid)[- ])?"
            + "((?i:twen|thir|for|fif|six|seven|eigh|nine))(?i:ties)\\b");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
            + "(?: (morning|afternoon|evening|night))?\\b(?!s)");
    private static final String UNIT = "(years?|months?|weeks?|days?|hours?|minutes?)";
    private static final Pattern HALF = Pattern.compile("(?i)\\b(\\d+) 1/2 " + UNIT + "\\b"
            + "|\\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten) (?:" + UNIT + " and a half|and a half " + UNIT + ")\\b");
    private static final Pattern MORE = Pattern.compile("(?i)\\b(\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
            + "a few|several) (?:more|straight|consecutive|successive) " + UNIT + "\\b");
    private static final List<String> DECADE_WORDS = List.of("twen", "thir", "for", "fif", "six", "seven", "eigh",
            "nine");
    private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten");

    private ExtraTimes() {
    }

    /** Spans SUTime reads too coarsely; these replace whatever SUTime found on the same characters. */
    static void overrides(String text, LocalDate anchor, List<Timex> out) {
        Matcher m = HALF.matcher(text);
        while (m.find()) {
            int whole = m.group(1) != null ? Integer.parseInt(m.group(1)) : count(m.group(3));
            String unit = (m.group(2) != null ? m.group(2) : m.group(4) != null ? m.group(4) : m.group(5))
                    .toLowerCase(Locale.ROOT);
            String value = halves(whole, unit);
            if (value != null) {
                out.add(new Timex(m.start(), m.end(), m.group(), TimexType.DURATION, value));
            }
        }
        m = MORE.matcher(text);
        while (m.find()) {
            String n = m.group(1).matches("\\d+") ? m.group(1) : count(m.group(1)) > 0 ? String.valueOf(count(m.group(1))) : "X";
            String unit = m.group(2).toLowerCase(Locale.ROOT);
            String value = (unit.startsWith("h") || unit.startsWith("mi") ? "PT" : "P") + n + Character.toUpperCase(unit.charAt(0));
            out.add(new Timex(m.start(), m.end(), m.group(), TimexType.DURATION, value));
        }
        m = HALF_OF_YEAR.matcher(text);
        while (m.find()) {
            // "the last half of 1989", "the first two quarters of 1990": TimeML's halves of a year, H1 and H2.
            out.add(date(m, m.group(3) + (m.group(1).equalsIgnoreCase("first") ? "-H1" : "-H2")));
        }
        m = YEAR_END_WORDS.matcher(text);
        while (m.find() && anchor != null) {
            out.add(date(m, anchor.getYear() + "-12-31")); // anchored later like "year-end"
        }
    }

    private static int count(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.equals("a") || w.equals("an") ? 1 : NUMBERS.indexOf(w);
    }

    /** "2 1/2 years" is P2Y6M: the half goes down to the next unit, as ISO 8601 durations are written. */
    private static String halves(int whole, String unit) {
        return switch (unit.charAt(0)) {
            case 'y' -> "P" + whole + "Y6M";
            case 'm' -> unit.startsWith("mo") ? "P" + whole + "M15D" : "PT" + whole + "M30S";
            case 'w' -> "P" + (whole * 7 + 3) + "DT12H";
            case 'd' -> "P" + whole + "DT12H";
            case 'h' -> "PT" + whole + "H30M";
            default -> null;
        };
    }

    /** Expressions SUTime did not see, with values as SUTime would give them (this year, this week). */
    static void gaps(String text, LocalDate anchor, List<Timex> out) {
        String year = anchor == null ? "XXXX" : String.valueOf(anchor.getYear());
        Matcher m = PART_OF_MONTH.matcher(text);
        while (m.find()) {
            out.add(date(m, String.format("%s-%02d", year, month(m.group(1)))));
        }
        m = PART_OF_YEAR.matcher(text);
        while (m.find()) {
            out.add(date(m, m.group(1)));
        }
        m = FISCAL.matcher(text);
        while (m.find()) {
            out.add(date(m, m.group(1)));
        }
        m = YEAR_END.matcher(text);
        while (m.find()) {
            out.add(date(m, year + "-12-31"));
        }
        m = DECADE_WORD.matcher(text);
        while (m.find()) {
            out.add(date(m, decade((DECADE_WORDS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 2) * 10, anchor)));
        }
        // Searched again from each decade found, so that "the 70s and 80s" yields both.
        for (int from = 0; (m = SHORT_DECADE.matcher(text)).find(from); from = m.start(1)) {
            char before = text.charAt(m.start(1) - 1);
            int start = before == '\'' || before == '\u2019' ? m.start(1) - 1 : m.start(1);
            out.add(new Timex(start, m.end(), text.substring(start, m.end()), TimexType.DATE,
                    decade(Integer.parseInt(m.group(1)), anchor)));
        }
        m = TERM.matcher(text);
        while (m.find()) {
            out.add(date(m, "FUTURE_REF"));
        }
        m = LONG.matcher(text);
        while (m.find()) {
            String unit = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            String n = m.group(4) != null ? "X" : "1";
            // Decades have no ISO unit: SUTime and TimeML's annotators write them in years.
            char u = unit.toLowerCase(Locale.ROOT).startsWith("decade") ? 'Y' : Character.toUpperCase(unit.charAt(0));
            out.add(new Timex(m.start(), m.end(), m.group(), TimexType.DURATION, "P" + n + u));
        }
        m = WEEKDAY.matcher(text);
        while (m.find()) {
            // The weekday is anchored later, by the tense of its clause; this week's is a placeholder.
            DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            String date = anchor == null ? "XXXX-WXX-" + day.getValue() : anchor.with(day).toString();
            // TimeML's parts of the day: MO, AF, EV, NI, the first two letters of the word.
            String part = m.group(2) == null ? "" : "T" + m.group(2).substring(0, 2).toUpperCase(Locale.ROOT);
            out.add(new Timex(m.start(), m.end(), m.group(), m.group(2) == null ? TimexType.DATE : TimexType.TIME, date + part));
        }
    }

    /**
     * A decade named without its century ("the nineties", "the '70s"): the latest such decade begun by the publication
     * date, written as TimeML writes the 1990s, 199.
     */
    private static String decade(int decade, LocalDate anchor) {
        int now = anchor == null ? 1999 : anchor.getYear();
        int start = now / 100 * 100 + decade;
        return String.valueOf((start > now ? start - 100 : start) / 10);
    }

    private static Timex date(Matcher m, String value) {
        return new Timex(m.start(), m.end(), m.group(), TimexType.DATE, value);
    }

    private static int month(String name) {
        String n = name.toUpperCase(Locale.ROOT).replace(".", "");
        for (Month mo : Month.values()) {
            if (mo.name().startsWith(n.length() > 3 ? n.substring(0, 3) : n)) {
                return mo.getValue();
            }
        }
        throw new IllegalArgumentException(name);
    }
}
