package dateline.reading;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SUTime's values rewritten in the forms of the TimeML value grammar: a decade is its first three digits ("the
 * 1970s" → 197, where SUTime writes 197X), a century its first two ("the 20th century" → 19), and a span counted in
 * quarters keeps the quarter as its unit ("the past two quarters" → P2Q, not P6M), and the year a company's
 * accounts cover is a span ("net income for the year ended March 31" → P1Y).
 */
final class TimeMlValues {
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X");
    private static final Pattern CENTURY = Pattern.compile("(\\d{2})XX");
    private static final Pattern MONTHS = Pattern.compile("P(\\d+|X)M");

    private static final Pattern ACCOUNTING_YEAR = Pattern.compile("(?i)the (?:fiscal )?year");
    private static final Pattern ENDED = Pattern.compile("\\s+(?:ended|ending)\\b");

    private static final String UNITS = "(days?|weeks?|months?|years?|hours?|minutes?)";
    private static final Pattern SPAN_LATER = Pattern.compile("(?i)(?:about |nearly |almost |over |more than )?(\\d+|an?|one|two|three|four|five|six|seven|eight|nine|"
            + "ten|eleven|twelve|a few|several|a couple of) " + UNITS + " (later|earlier)");
    private static final Pattern VAGUE_SPAN = Pattern.compile("(?i)(?:the )?(?:(?:next|past|last|coming) (?:few|several)|coming) "
            + UNITS);
    private static final Pattern VAGUE_AGO = Pattern.compile("(?i)(?:some|a few|several|many) " + UNITS + " ago");
    private static final Pattern ZONE = Pattern.compile("(.*T\\d\\d:\\d\\d(?::\\d\\d)?)(?:[+-]\\d{4}|Z)");
    private static final Pattern CLOCK = Pattern.compile("(.*T\\d\\d:\\d\\d(?::\\d\\d)?)");
    private static final Pattern UTC = Pattern.compile("\\b(?:UTC|GMT)\\b");
    private static final Pattern PAST_UNIT = Pattern.compile("(?i)(?:the )?past (?:year|month)");
    private static final Pattern DECADE_SPAN = Pattern.compile("(?i)(?:the )?(?:next|past|coming) decade");
    private static final Pattern WEEKDAYS = Pattern.compile("(?i)(?:on\\s+)?(mon|tues|wednes|thurs|fri|satur|sun)day(?:s|\\s+"
            + "(morning|afternoon|evening|night)s)");
    private static final List<String> DAYS = List.of("mon", "tues", "wednes", "thurs", "fri", "satur", "sun");
    private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve");

    /** "three" → 3, "a" → 1, "a few" → X (TimeML's unknown number). */
    private static String count(String words) {
        String w = words.toLowerCase(Locale.ROOT);
        if (w.matches("\\d+")) {
            return w;
        }
        if (w.equals("a") || w.equals("an")) {
            return "1";
        }
        int i = NUMBERS.indexOf(w);
        return i > 0 ? String.valueOf(i) : "X";
    }

    private TimeMlValues() {
    }

    static Timex convert(Timex t, String text) {
        String v = t.value();
        if (ACCOUNTING_YEAR.matcher(t.text()).matches() && ENDED.matcher(text).region(t.end(), text.length()).lookingAt()) {
            // "revenue for the year ended March 31": the twelve months the accounts cover.
            return new Timex(t.start(), t.end(), t.text(), TimexType.DURATION, "P1Y");
        }
        Matcher m = SPAN_LATER.matcher(t.text());
        if (m.matches() && (m.group(3).equalsIgnoreCase("later") || text.startsWith(" than", t.end()))) {
            // "three days later": TimeML marks the span, measured from another event, not a date counted from now.
            String n = count(m.group(1));
            String unit = m.group(2).toLowerCase(Locale.ROOT);
            String value = (unit.startsWith("hour") || unit.startsWith("minute") ? "PT" : "P") + n
                    + Character.toUpperCase(unit.charAt(0));
            return new Timex(t.start(), t.end(), t.text(), TimexType.DURATION, value);
        }
        if (VAGUE_AGO.matcher(t.text()).matches()) {
            // "several years ago": some time before now, no year in particular (SUTime counts one back).
            return new Timex(t.start(), t.end(), t.text(), TimexType.DATE, "PAST_REF");
        }
        if ((m = WEEKDAYS.matcher(t.text())).matches()) {
            // "on Sundays", "Tuesday nights": every such day, a set, not the last one.
            String part = m.group(2) == null ? "" : "T" + m.group(2).substring(0, 2).toUpperCase(Locale.ROOT);
            return new Timex(t.start(), t.end(), t.text(), TimexType.SET,
                    "XXXX-WXX-" + (DAYS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1) + part);
        }
        if (DECADE_SPAN.matcher(t.text()).matches()) {
            // "over the next decade", "in the past decade": ten years up to or from now, not the decade by name.
            return new Timex(t.start(), t.end(), t.text(), TimexType.DURATION, "P10Y");
        }
        if (v == null) {
            return t;
        }
        if ((m = ZONE.matcher(v)).matches() || (m = CLOCK.matcher(v)).matches()) {
            // "5 p.m. EST Nov. 9": TimeML keeps the clock time as said, without the offset; but "16:15 UTC" is
            // universal time, which ISO 8601 marks with a Z.
            String clock = m.group(1) + (UTC.matcher(t.text()).find() ? "Z" : "");
            return clock.equals(v) ? t : new Timex(t.start(), t.end(), t.text(), t.type(), clock);
        }
        if (PAST_UNIT.matcher(t.text()).matches() && v.matches("\\d{4}(-\\d{2})?")) {
            // "the past year" names the one before the publication date, as "last year" does.
            YearMonth ym = v.length() == 4 ? null : YearMonth.parse(v);
            return new Timex(t.start(), t.end(), t.text(), t.type(),
                    ym == null ? String.valueOf(Integer.parseInt(v) - 1) : ym.minusMonths(1).toString());
        }
        if (t.type() == TimexType.SET && v.matches("T(?:MO|AF|EV|NI)")) {
            return new Timex(t.start(), t.end(), t.text(), t.type(), "XXXX-XX-XX" + v); // "every morning"
        }
        if ((v.contains("/") || v.matches("\\d{4}")) && (m = VAGUE_SPAN.matcher(t.text())).matches()
                && m.group(1).toLowerCase(Locale.ROOT).endsWith("s")) {
            // "the next several days", "the coming years": SUTime gives a range of dates or the next year, TimeML an
            // unspecified number of the unit.
            String unit = m.group(1).toLowerCase(Locale.ROOT);
            return new Timex(t.start(), t.end(), t.text(), TimexType.DURATION,
                    (unit.startsWith("hour") || unit.startsWith("minute") ? "PTX" : "PX") + Character.toUpperCase(unit.charAt(0)));
        }
        if ((m = DECADE.matcher(v)).matches() || (m = CENTURY.matcher(v)).matches()) {
            // "the early 2000s", which SUTime may call a set: a decade is a date
            return new Timex(t.start(), t.end(), t.text(), TimexType.DATE, m.group(1));
        }
        if ((m = MONTHS.matcher(v)).matches() && t.text().toLowerCase(Locale.ROOT).contains("quarter")) {
            String n = m.group(1);
            if (n.equals("X")) {
                return with(t, "PXQ");
            }
            int months = Integer.parseInt(n);
            if (months % 3 == 0) {
                return with(t, "P" + months / 3 + "Q");
            }
        }
        return t;
    }

    private static Timex with(Timex t, String value) {
        return new Timex(t.start(), t.end(), t.text(), t.type(), value);
    }
}
