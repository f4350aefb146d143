package dateline.reading;

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

    private TimeMlValues() {
    }

    static Timex convert(Timex t, String text) {
        String v = t.value();
        if (ACCOUNTING_YEAR.matcher(t.text()).matches() && ENDED.matcher(text).region(t.end(), text.length()).lookingAt()) {
            // "revenue for the year ended March 31": the twelve months the accounts cover.
            return new Timex(t.start(), t.end(), t.text(), TimexType.DURATION, "P1Y");
        }
        if (v == null) {
            return t;
        }
        Matcher m;
        if ((m = DECADE.matcher(v)).matches() || (m = CENTURY.matcher(v)).matches()) {
            return with(t, m.group(1));
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
