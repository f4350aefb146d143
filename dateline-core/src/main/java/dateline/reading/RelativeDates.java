package dateline.reading;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Relative dates anchored to the publication date the way news is written. A bare weekday is the one before the
 * publication date (or that day itself) unless its clause is future ("TASS reported on Wednesday" on a Sunday page is
 * the previous Wednesday, where SUTime picks the next); a month or month and day without a year is the latest one
 * when the clause is past, the next when it is future, else the nearest; "the weekend" in a weekday story is the
 * one just gone; "41 years ago" is a year.
 */
final class RelativeDates {
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)^(?:(?:on|early|late|this|by|until|since)\\s+)*(?:(?:early|late)\\s+)?(?:on\\s+)?"
                    + "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\\s+(?:morning|afternoon|evening|night))?$");

    private RelativeDates() {
    }

    /** The expression with its value anchored to the publication date. */
    static Timex anchor(Reading r, Timex t, LocalDate anchor) {
        return anchorYearEnd(r, anchorMonth(r, anchorAgo(anchorWeekend(r, anchorWeekday(r,
                anchorLastWeekday(anchorShortYear(t, anchor), anchor), anchor), anchor), anchor), anchor), anchor);
    }

    private static final Pattern SHORT_YEAR = Pattern.compile("['\u2019](\\d\\d)");

    /** "'11", "the class of '98": the year of that name nearest the publication date (SUTime takes the 1900s). */
    private static Timex anchorShortYear(Timex t, LocalDate anchor) {
        Matcher m = SHORT_YEAR.matcher(t.text().strip());
        if (!m.matches() || t.value() == null || !t.value().matches("\\d{4}")) {
            return t;
        }
        int yy = Integer.parseInt(m.group(1));
        int best = 0;
        for (int century = anchor.getYear() / 100 - 1; century <= anchor.getYear() / 100 + 1; century++) {
            int year = century * 100 + yy;
            if (best == 0 || Math.abs(year - anchor.getYear()) < Math.abs(best - anchor.getYear())) {
                best = year;
            }
        }
        return new Timex(t.start(), t.end(), t.text(), t.type(), String.valueOf(best));
    }

    /** "since year-end", "year-end net was lower": the end of the year before, unless the clause looks ahead. */
    private static Timex anchorYearEnd(Reading r, Timex t, LocalDate anchor) {
        String v = t.value();
        boolean yearEnd = t.text().equalsIgnoreCase("year-end") || ExtraTimes.YEAR_END_WORDS.matcher(t.text()).matches();
        if (!yearEnd || v == null || !v.equals(anchor.getYear() + "-12-31")) {
            return t;
        }
        String text = r.article().text();
        boolean since = text.substring(Math.max(0, t.start() - 6), t.start()).equalsIgnoreCase("since ");
        if (!since && (Tense.of(r, t.start()) != Tense.PAST || deadline(text, t.start(), t.end()))) {
            return t;
        }
        return new Timex(t.start(), t.end(), t.text(), t.type(), (anchor.getYear() - 1) + "-12-31");
    }

    private static final Pattern AGO = Pattern.compile("(?i).*\\b(years?|decades?|centur(?:y|ies)|months?|weeks?)\\s+(?:ago|earlier|before)$");

    /** "41 years ago" is a year, "two months ago" a month, "six weeks ago" a week: TimeML keeps the unit's granularity. */
    private static Timex anchorAgo(Timex t, LocalDate anchor) {
        Matcher m = AGO.matcher(t.text().strip());
        String v = t.value();
        if (!m.matches() || v == null || !v.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return t;
        }
        String unit = m.group(1).toLowerCase(Locale.ROOT);
        String value = unit.startsWith("month") ? v.substring(0, 7)
                : unit.startsWith("week") ? isoWeek(LocalDate.parse(v.substring(0, 10))) : v.substring(0, 4);
        return new Timex(t.start(), t.end(), t.text(), t.type(), value);
    }

    static String isoWeek(LocalDate d) {
        return String.format("%d-W%02d", d.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static final Pattern WEEKEND = Pattern.compile("(?i)(?:(?:over|during|on|at) )?(?:the )?weekend");

    /**
     * "the weekend" in a story from Monday to Friday is the one just gone unless the clause is future (SUTime takes
     * the one at the end of the publication week).
     */
    private static Timex anchorWeekend(Reading r, Timex t, LocalDate anchor) {
        if (!WEEKEND.matcher(t.text().strip()).matches() || t.value() == null || !t.value().endsWith("-WE")
                || anchor.getDayOfWeek().getValue() >= 6 || Tense.of(r, t.start()) == Tense.FUTURE) {
            return t;
        }
        return new Timex(t.start(), t.end(), t.text(), t.type(), isoWeek(anchor.minusWeeks(1)) + "-WE");
    }

    private static final Pattern MONTH = Pattern.compile("(?i)^(?:(?:in|on|last|early|late|mid|since|by|until)[\\s-]+)*"
            + "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?$");

    /**
     * A month, or month and day, without a year: the latest one by the publication date when the clause is past or
     * the text says "last", the next one when it is future, else the one of the publication year.
     */
    private static Timex anchorMonth(Reading r, Timex t, LocalDate anchor) {
        t = withDayAfter(r.article().text(), t);
        Matcher m = MONTH.matcher(t.text().strip());
        String v = t.value();
        if (!m.matches() || v == null || !v.matches("\\d{4}-\\d{2}(-\\d{2})?")) {
            return t;
        }
        int month = Integer.parseInt(v.substring(5, 7));
        int day = v.length() > 7 ? Integer.parseInt(v.substring(8, 10)) : 0;
        boolean last = t.text().toLowerCase(Locale.ROOT).contains("last");
        Tense tense = last ? Tense.PAST : deadline(r.article().text(), t.start(), t.end()) ? Tense.PRESENT : Tense.of(r, t.start());
        int year = anchor.getYear();
        int cmp = Integer.compare(month * 100 + day, anchor.getMonthValue() * 100 + (day == 0 ? 0 : anchor.getDayOfMonth()));
        if (tense == Tense.PAST && (cmp > 0 || last && cmp == 0)) {
            year--;
        } else if (tense == Tense.FUTURE && cmp < 0) {
            year++;
        } else if (tense == Tense.PRESENT) {
            // No tense to go by: the nearest such month or day to the publication date.
            LocalDate here = LocalDate.of(year, month, Math.max(1, Math.min(day, java.time.YearMonth.of(year, month).lengthOfMonth())));
            long ahead = java.time.temporal.ChronoUnit.DAYS.between(anchor.withDayOfMonth(day == 0 ? 1 : anchor.getDayOfMonth()), here);
            if (ahead > 182) {
                year--;
            } else if (ahead < -182) {
                year++;
            }
        }
        String value = day == 0 ? String.format("%d-%02d", year, month) : String.format("%d-%02d-%02d", year, month, day);
        return new Timex(t.start(), t.end(), t.text(), t.type(), value);
    }

    private static final Pattern DAY_AFTER = Pattern.compile("\\s(\\d{1,2})(?:st|nd|rd|th)?\\b(?![.,]?\\d|\\s*(?:%|percent|per|a\\b))");

    /** "last Oct. 23", where SUTime reads only "last Oct.": the day written after the month is part of the date. */
    private static Timex withDayAfter(String text, Timex t) {
        String v = t.value();
        if (v == null || !v.matches("\\d{4}-\\d{2}") || !MONTH.matcher(t.text().strip()).matches()) {
            return t;
        }
        Matcher d = DAY_AFTER.matcher(text).region(t.end(), text.length());
        if (!d.lookingAt()) {
            return t;
        }
        int day = Integer.parseInt(d.group(1));
        if (day < 1 || day > java.time.YearMonth.parse(v).lengthOfMonth()) {
            return t;
        }
        return new Timex(t.start(), d.end(), text.substring(t.start(), d.end()), t.type(), String.format("%s-%02d", v, day));
    }

    /**
     * "by Jan. 14", "extended to Nov. 20", "until mid-November", "the Jan. 14 deadline": a deadline is set in one tense about a date on the
     * other side of the publication date as often as not, so the nearest such date is the best guess.
     */
    private static boolean deadline(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 9), start).toLowerCase(Locale.ROOT);
        String after = text.substring(end, Math.min(text.length(), end + 20)).toLowerCase(Locale.ROOT);
        return before.matches("(?s).*\\b(by|until|till|through|to)\\s+$") || after.matches("(?s)(\\s+as the)?\\s+deadline\\b.*");
    }

    private static final Pattern LAST_WEEKDAY = Pattern.compile("(?i)^last\\s+(monday|tuesday|wednesday|thursday|friday|"
            + "saturday|sunday)(?:\\s+(?:morning|afternoon|evening|night))?$");

    /**
     * "last Tuesday" is the latest Tuesday before the publication date, as news uses it ("last Tuesday" in a Thursday
     * story is two days back); SUTime takes the Tuesday of the week before.
     */
    private static Timex anchorLastWeekday(Timex t, LocalDate anchor) {
        Matcher m = LAST_WEEKDAY.matcher(t.text().strip());
        if (!m.matches() || t.value() == null || !t.value().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return t;
        }
        DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
        LocalDate date = anchor.with(TemporalAdjusters.previous(day));
        return new Timex(t.start(), t.end(), t.text(), t.type(), date + t.value().substring(10));
    }

    private static final Pattern TIME_OF_DAY = Pattern.compile("T(?:MO|AF|EV|NI|\\d\\d.*)$");

    /** A bare weekday resolved by the tense of the clause it belongs to. */
    private static Timex anchorWeekday(Reading r, Timex t, LocalDate anchor) {
        Matcher m = WEEKDAY.matcher(t.text().strip());
        if (!m.matches() || t.type() != TimexType.DATE && t.type() != TimexType.TIME) {
            return t;
        }
        DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
        String text = r.article().text();
        Tense tense = possessive(text, t.end()) ? Tense.PAST : Tense.of(r, t.start());
        if (soonCue(text, t.start()) || (tense != Tense.PAST || Tense.presentPerfect(r, t.start()))
                && untilCue(text, t.start())) {
            tense = Tense.FUTURE; // "has kept the markets closed until Friday"; but "had not spoken until Tuesday" is past
        }
        LocalDate date = switch (tense) {
            // "was set to land on Monday" in a Monday story is today, as "arrived on Monday" is; "next Monday" is not.
            case FUTURE -> anchor.with(nextCue(text, t.start()) ? TemporalAdjusters.next(day) : TemporalAdjusters.nextOrSame(day));
            // Past, and present with no other cue: news mostly reports what has happened.
            default -> anchor.with(TemporalAdjusters.previousOrSame(day));
        };
        Matcher time = TIME_OF_DAY.matcher(t.value() == null ? "" : t.value());
        return new Timex(t.start(), t.end(), t.text(), t.type(), date + (time.find() ? time.group() : ""));
    }

    private static boolean nextCue(String text, int start) {
        return text.substring(Math.max(0, start - 8), start).toLowerCase(Locale.ROOT).matches("(?s).*\\b(next|coming)\\s+$");
    }

    /** "as early as Tuesday", "as soon as Tuesday", "next Tuesday": a day still to come. */
    private static boolean soonCue(String text, int start) {
        String before = text.substring(Math.max(0, start - 14), start).toLowerCase(Locale.ROOT);
        return before.matches("(?s).*\\b(as (early|soon) as|next|coming)\\s+$");
    }

    /** "until Tuesday": a day to come, unless the clause looks back ("it was not until Tuesday that …"). */
    private static boolean untilCue(String text, int start) {
        String before = text.substring(Math.max(0, start - 8), start).toLowerCase(Locale.ROOT);
        return before.matches("(?s).*\\b(until|till)\\s+$");
    }

    /** "Friday's ruling", "Tuesday's close": news names a day by what already happened on it. */
    private static boolean possessive(String text, int end) {
        return text.startsWith("'s", end) || text.startsWith("\u2019s", end);
    }

}
