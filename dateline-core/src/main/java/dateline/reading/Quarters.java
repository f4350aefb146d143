package dateline.reading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Business news counts in quarters, which SUTime reads poorly. An earnings story names the quarter it reports once
 * ("the third quarter", "its fiscal fourth quarter", "the 1988 second quarter") and then refers back to it: "the
 * quarter", "the latest period", and its comparison "the year-earlier quarter", "a year ago". So the
 * expressions are read in text order, each reference taking the quarter last named; with none named yet, the
 * quarter being reported is the last one completed before the publication date.
 */
final class Quarters {
    private static final String DET = "(?:(?:the|its|that|this|a)\\s+)?";
    private static final String YEAR = "((?:19|20)\\d\\d)";
    private static final Pattern ORDINAL = Pattern.compile("(?i)\\b" + DET + "(?:" + YEAR + "\\s+|(this|last|next) year's\\s+)?"
            + "(?:(?:latest|current|comparable|same|fiscal|flat)[\\s-]+)*(first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]+quarter\\b"
            + "(?!s)(?:\\s+of\\s+" + YEAR + ")?");
    private static final Pattern YEAR_PERIOD = Pattern.compile("(?i)\\b(?:the|its)\\s+" + YEAR + "\\s+(?:quarter|period)\\b(?!s)");
    private static final Pattern LAST_YEARS = Pattern.compile("(?i)\\blast year's (?:quarter|period)\\b(?!s)"
            + "|\\bthe (?:quarter|period) a year (?:ago|earlier)\\b|\\bthe (?:corresponding|comparable|same) period last year\\b");
    private static final Pattern REPORTED = Pattern.compile("(?i)\\b" + DET
            + "(?:(latest|current|recent|most recent|just-ended)\\s+)?(quarter|period)\\b(?![s-])");
    private static final Pattern YEAR_AGO = Pattern.compile("(?i)\\b" + DET
            + "(?:comparable\\s+)?(?:year-earlier|year-ago)(?:\\s+(?:quarter|period)\\b)?");
    private static final Pattern A_YEAR_AGO = Pattern.compile("(?i)\\ba year (?:ago|earlier)\\b");
    // What an earnings comparison is made of: sums, shares, percentages, the words of a results statement.
    private static final Pattern FIGURES = Pattern.compile("(?i)[$#%]|\\bcents\\b|\\ba share\\b|\\b(?:net|profit|loss|"
            + "earn(?:ed|ings)?|sales|revenue|income)\\b");

    // Periods longer than a quarter that a results sentence may report on instead: its comparisons are with the same
    // stretch of the year before, which TimeML values as that year.
    private static final Pattern PERIOD = Pattern.compile("(?i)\\b(?:quarter|(?:nine|six|\\d+) months|(?:first|second) half|"
            + "(?:the|fiscal|full|calendar) year(?!\\s+(?:ago|earlier))|year[- ]to[- ]date)\\b");

    private enum Kind { ORDINAL, YEAR_PERIOD, LAST_YEARS, REPORTED, YEAR_AGO, A_YEAR_AGO }

    private record Match(int start, int end, Kind kind, MatchResult m) {
    }

    private Quarters() {
    }

    static void collect(Reading r, LocalDate anchor, List<Timex> out) {
        String text = r.article().text();
        int current = (anchor.getMonthValue() - 1) / 3 + 1;
        // The quarter being reported until the text names another: the last one completed.
        Quarter reported = new Quarter(current == 1 ? anchor.getYear() - 1 : anchor.getYear(), current == 1 ? 4 : current - 1);
        Quarter mentioned = reported;
        boolean named = false;
        for (Match x : matches(text)) {
            MatchResult m = x.m();
            String value;
            switch (x.kind()) {
                case ORDINAL -> {
                    int q = ordinal(m.group(3));
                    int year = ordinalYear(r, m, anchor, q, current);
                    mentioned = new Quarter(year, q);
                    if (reportable(r, x.start(), year, q, anchor.getYear(), current) && (!named || later(mentioned, reported))) {
                        // The latest quarter named that has begun: "a flat second quarter" after "third-quarter
                        // net income" is history, and "a fourth-quarter charge" still to come is no report.
                        reported = mentioned;
                        named = true;
                    }
                    value = year + "-Q" + q;
                }
                case YEAR_PERIOD -> {
                    int year = Integer.parseInt(m.group(1));
                    mentioned = new Quarter(year, reported.quarter());
                    value = longPeriod(r, x.start()) ? String.valueOf(year) : year + "-Q" + reported.quarter();
                }
                case LAST_YEARS, YEAR_AGO -> {
                    mentioned = new Quarter(reported.year() - 1, reported.quarter());
                    boolean quarter = m.group().toLowerCase(Locale.ROOT).contains("quarter");
                    value = !quarter && longPeriod(r, x.start()) ? String.valueOf(mentioned.year())
                            : mentioned.year() + "-Q" + mentioned.quarter();
                }
                case REPORTED -> {
                    String which = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
                    String all = m.group().toLowerCase(Locale.ROOT);
                    boolean period = m.group(2).equalsIgnoreCase("period");
                    boolean hasDet = all.matches("(?s)(the|its|that|this)\\s.*");
                    if (period && which.isEmpty() || !hasDet && which.isEmpty() || all.startsWith("a ")) {
                        continue; // "a period", "quarter" alone: not a reference to one quarter
                    }
                    if (which.equals("current") || all.startsWith("this")) {
                        value = anchor.getYear() + "-Q" + current;
                    } else if (all.startsWith("that")) {
                        value = mentioned.year() + "-Q" + mentioned.quarter(); // the one just talked about, maybe last year's
                    } else {
                        value = reported.year() + "-Q" + reported.quarter();
                    }
                }
                case A_YEAR_AGO -> {
                    if (!named || !comparesFigures(r, x.start())) {
                        continue; // "a year ago" outside a results statement is the year, left to SUTime
                    }
                    value = longPeriod(r, x.start()) ? String.valueOf(reported.year() - 1) : (reported.year() - 1) + "-Q" + reported.quarter();
                }
                default -> throw new IllegalStateException();
            }
            add(out, text, x.start(), x.end(), value);
        }
    }

    /** Every candidate in text order; of two that overlap, the one that starts first (then the longer) wins. */
    private static List<Match> matches(String text) {
        List<Match> all = new ArrayList<>();
        find(ORDINAL, Kind.ORDINAL, text, all);
        find(YEAR_PERIOD, Kind.YEAR_PERIOD, text, all);
        find(LAST_YEARS, Kind.LAST_YEARS, text, all);
        find(REPORTED, Kind.REPORTED, text, all);
        find(YEAR_AGO, Kind.YEAR_AGO, text, all);
        find(A_YEAR_AGO, Kind.A_YEAR_AGO, text, all);
        all.sort(Comparator.comparingInt(Match::start).thenComparing(Comparator.comparingInt(Match::end).reversed()));
        List<Match> kept = new ArrayList<>();
        for (Match x : all) {
            if (kept.isEmpty() || kept.get(kept.size() - 1).end() <= x.start()) {
                kept.add(x);
            }
        }
        return kept;
    }

    private static void find(Pattern p, Kind kind, String text, List<Match> out) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(new Match(m.start(), m.end(), kind, m.toMatchResult()));
        }
    }

    private static int ordinal(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.startsWith("f") && !w.startsWith("fo") || w.equals("1st") ? 1
                : w.startsWith("se") || w.equals("2nd") ? 2 : w.startsWith("th") || w.equals("3rd") ? 3 : 4;
    }

    /**
     * "the 1988 second quarter", "the third quarter of 1984", "next year's first quarter"; without a year, this
     * year's, or last year's when it is still to come and the clause is past.
     */
    private static int ordinalYear(Reading r, MatchResult m, LocalDate anchor, int q, int current) {
        if (m.group(1) != null) {
            return Integer.parseInt(m.group(1));
        }
        if (m.group(4) != null) {
            return Integer.parseInt(m.group(4));
        }
        if (m.group(2) != null) {
            String which = m.group(2).toLowerCase(Locale.ROOT);
            return anchor.getYear() + (which.equals("last") ? -1 : which.equals("next") ? 1 : 0);
        }
        return q > current && Tense.of(r, m.start()) == Tense.PAST ? anchor.getYear() - 1 : anchor.getYear();
    }

    private static boolean reportable(Reading r, int offset, int year, int q, int thisYear, int current) {
        return !later(new Quarter(year, q), new Quarter(thisYear, current)) && Tense.of(r, offset) != Tense.FUTURE;
    }

    /** A quarter of a year: 2023-Q3 is (2023, 3). */
    private record Quarter(int year, int quarter) {
    }

    private static boolean later(Quarter a, Quarter b) {
        return a.year() != b.year() ? a.year() > b.year() : a.quarter() > b.quarter();
    }

    /**
     * The sentence speaks last, before {@code offset}, of a period longer than a quarter: "For the nine months, net
     * was $48 million, against $30 million a year earlier" compares nine months with nine months, not a quarter.
     */
    private static boolean longPeriod(Reading r, int offset) {
        Sentence s = r.sentenceAt(offset);
        if (s == null) {
            return false;
        }
        Matcher m = PERIOD.matcher(r.article().text().substring(s.start(), offset));
        String last = null;
        while (m.find()) {
            last = m.group();
        }
        return last != null && !last.equalsIgnoreCase("quarter");
    }

    /** The sentence compares results: it has figures or speaks of a quarter or period. */
    private static boolean comparesFigures(Reading r, int offset) {
        Sentence s = r.sentenceAt(offset);
        if (s == null) {
            return false;
        }
        String sentence = r.article().text().substring(s.start(), s.end());
        return FIGURES.matcher(sentence).find() || sentence.toLowerCase(Locale.ROOT).matches("(?s).*\\b(quarter|period)\\b.*");
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
