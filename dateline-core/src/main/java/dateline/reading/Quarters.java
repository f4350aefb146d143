package dateline.reading;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Business news counts in quarters, which SUTime reads poorly: "the fourth quarter", "third-quarter" (this year's, or
 * last year's when it is still to come and the clause is past), "the quarter" and "the latest period" (the last quarter
 * completed before the publication date: the one being reported), "the year-earlier quarter", "year-ago" and, in a
 * sentence about a quarter, "a year ago" (that quarter a year before).
 */
final class Quarters {
    private static final String DET = "(?:(?:the|its|that|this|a)\\s+)?";
    private static final Pattern ORDINAL = Pattern.compile("(?i)\\b" + DET
            + "(?:(?:latest|current|comparable|same|fiscal|flat)[\\s-]+)?(first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]+quarter\\b");
    private static final Pattern REPORTED = Pattern.compile("(?i)\\b" + DET
            + "(?:(latest|current|recent|most recent|just-ended)\\s+)?(quarter|period)\\b(?!s)");
    private static final Pattern YEAR_AGO = Pattern.compile("(?i)\\b" + DET
            + "(?:year-earlier|year-ago|comparable year-ago|comparable year-earlier)(?:\\s+(?:quarter|period)\\b)?");
    private static final Pattern A_YEAR_AGO = Pattern.compile("(?i)\\ba year (?:ago|earlier)\\b");

    private Quarters() {
    }

    static void collect(Reading r, LocalDate anchor, List<Timex> out) {
        String text = r.article().text();
        int current = (anchor.getMonthValue() - 1) / 3 + 1;
        int lastYear = current == 1 ? anchor.getYear() - 1 : anchor.getYear();
        int last = current == 1 ? 4 : current - 1;
        Matcher m = ORDINAL.matcher(text);
        while (m.find()) {
            int q = "first1st".contains(m.group(1).toLowerCase(Locale.ROOT)) ? 1
                    : "second2nd".contains(m.group(1).toLowerCase(Locale.ROOT)) ? 2
                    : "third3rd".contains(m.group(1).toLowerCase(Locale.ROOT)) ? 3 : 4;
            int year = anchor.getYear();
            if (q > current && Tense.of(r, m.start()) == Tense.PAST) {
                year--;
            }
            add(out, text, m.start(), m.end(), year + "-Q" + q);
        }
        m = REPORTED.matcher(text);
        while (m.find()) {
            String which = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            boolean period = m.group(2).equalsIgnoreCase("period");
            boolean hasDet = m.group().toLowerCase(Locale.ROOT).matches("(?s)(the|its|that|this)\\s.*");
            if (period && which.isEmpty() || !hasDet && which.isEmpty() || m.group().toLowerCase(Locale.ROOT).startsWith("a ")) {
                continue; // "a period", "quarter" alone: not a reference to one quarter
            }
            String value = which.equals("current") || m.group().toLowerCase(Locale.ROOT).startsWith("this")
                    ? anchor.getYear() + "-Q" + current : lastYear + "-Q" + last;
            add(out, text, m.start(), m.end(), value);
        }
        m = YEAR_AGO.matcher(text);
        while (m.find()) {
            add(out, text, m.start(), m.end(), (lastYear - 1) + "-Q" + last);
        }
        m = A_YEAR_AGO.matcher(text);
        while (m.find()) {
            if (aboutQuarters(r, m.start())) {
                add(out, text, m.start(), m.end(), (lastYear - 1) + "-Q" + last);
            }
        }
    }

    private static boolean aboutQuarters(Reading r, int offset) {
        for (Sentence s : r.sentences()) {
            if (offset >= s.start() && offset < s.end()) {
                return r.article().text().substring(s.start(), s.end()).toLowerCase(Locale.ROOT).contains("quarter");
            }
        }
        return false;
    }

    private static void add(List<Timex> out, String text, int start, int end, String value) {
        for (Timex t : out) {
            if (t.start() < end && t.end() > start) {
                return;
            }
        }
        out.add(new Timex(start, end, text.substring(start, end), TimexType.DATE, value));
    }
}
