package dateline.reading;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SUTime sometimes merges neighbouring expressions into one it cannot value ("the first nine months of 1997",
 * "more than four hours Friday", "Nov. 3, the day before", "year this year"). Such a merge is split back into the
 * plain expressions inside it, each with the value SUTime would give it alone; the anchoring comes after.
 */
final class Composites {
    private static final String NUMBER = "(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
    private static final Pattern FIRST_MONTHS = Pattern.compile("(?i)\\bthe first " + NUMBER + " months\\b");
    private static final Pattern SPAN = Pattern.compile("(?i)\\b(?:(?:more than|about|nearly|at least) )?" + NUMBER
            + " (?:trading )?(hours?|days?|weeks?|months?|years?)\\b");
    private static final Pattern RANGE = Pattern.compile("(?i)\\b(?:the (?:next|past|last) )?" + NUMBER + " to " + NUMBER
            + " (hours|days|weeks|months|years)\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");
    private static final Pattern THIS_YEAR = Pattern.compile("(?i)\\b(?:this|the) year\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
            + "[a-z]*\\.?(?: (\\d{1,2})\\b)?");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve");

    private Composites() {
    }

    /** ISO 8601 duration of an amount ("two", "3") of a unit ("weeks", "hours"). */
    private static String duration(String amount, String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        return (u.startsWith("hour") ? "PT" : "P") + number(amount) + Character.toUpperCase(u.charAt(0));
    }

    /** The plain expressions inside a merge SUTime could not value, in text order; empty when there are none. */
    static List<Timex> split(Timex t, LocalDate anchor) {
        List<Timex> out = new ArrayList<>();
        String s = t.text();
        Matcher m = RANGE.matcher(s);
        while (m.find()) {
            // "two to three weeks": ISO 8601 has no range of amounts; the span is at least the lower one.
            add(out, t, m, TimexType.DURATION, duration(m.group(1), m.group(3)));
        }
        m = FIRST_MONTHS.matcher(s);
        while (m.find()) {
            add(out, t, m, TimexType.DURATION, "P" + number(m.group(1)) + "M");
        }
        m = SPAN.matcher(s);
        while (m.find()) {
            add(out, t, m, TimexType.DURATION, duration(m.group(1), m.group(2)));
        }
        m = YEAR.matcher(s);
        while (m.find()) {
            add(out, t, m, TimexType.DATE, m.group());
        }
        if (anchor == null) {
            out.sort(java.util.Comparator.comparingInt(Timex::start));
            return out;
        }
        m = THIS_YEAR.matcher(s);
        while (m.find()) {
            add(out, t, m, TimexType.DATE, String.valueOf(anchor.getYear()));
        }
        m = MONTH_DAY.matcher(s);
        while (m.find()) {
            int month = Month.valueOf(monthName(m.group(1))).getValue();
            add(out, t, m, TimexType.DATE, m.group(2) == null ? String.format("%d-%02d", anchor.getYear(), month)
                    : String.format("%d-%02d-%02d", anchor.getYear(), month, Integer.parseInt(m.group(2))));
        }
        m = WEEKDAY.matcher(s);
        while (m.find()) {
            add(out, t, m, TimexType.DATE, anchor.with(DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT))).toString());
        }
        out.sort(java.util.Comparator.comparingInt(Timex::start));
        return out;
    }

    private static void add(List<Timex> out, Timex whole, Matcher m, TimexType type, String value) {
        int start = whole.start() + m.start(), end = whole.start() + m.end();
        if (out.stream().noneMatch(x -> x.start() < end && x.end() > start)) {
            out.add(new Timex(start, end, m.group(), type, value));
        }
    }

    private static String number(String word) {
        return word.matches("\\d+") ? word : String.valueOf(NUMBERS.indexOf(word.toLowerCase(Locale.ROOT)));
    }

    private static String monthName(String abbreviation) {
        String a = abbreviation.toUpperCase(Locale.ROOT);
        for (Month mo : Month.values()) {
            if (mo.name().startsWith(a)) {
                return mo.name();
            }
        }
        throw new IllegalArgumentException(abbreviation);
    }
}
