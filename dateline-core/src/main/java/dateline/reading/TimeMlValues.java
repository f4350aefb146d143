package dateline.reading;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SUTime's values rewritten in the forms of the TimeML value grammar: a decade is its first three digits ("the
 * 1970s" → 197, where SUTime writes 197X), a century its first two ("the 20th century" → 19), and a span counted in
 * quarters keeps the quarter as its unit ("the past two quarters" → P2Q, not P6M).
 */
final class TimeMlValues {
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X");
    private static final Pattern CENTURY = Pattern.compile("(\\d{2})XX");
    private static final Pattern MONTHS = Pattern.compile("P(\\d+|X)M");

    private TimeMlValues() {
    }

    static Timex convert(Timex t) {
        String v = t.value();
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
