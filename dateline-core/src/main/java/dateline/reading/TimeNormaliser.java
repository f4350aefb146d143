package dateline.reading;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Corrects and completes SUTime's time expressions the way news is written: a weekday is the one before the
 * publication date when its clause is in the past tense and the one after when it is in the future ("TASS reported
 * on Wednesday" on a Sunday page is the previous Wednesday, where SUTime picks the next); day-first numeric dates
 * ("17/09/2023"); year ranges ("1950-1953" → 1950/1953). The reading passed in is not modified.
 */
final class TimeNormaliser {
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)^(?:(?:on|early|late|this|by|until|since)\\s+)*(?:(?:early|late)\\s+)?(?:on\\s+)?"
                    + "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\\s+(?:morning|afternoon|evening|night))?$");
    private static final Pattern YEAR_RANGE = Pattern.compile(
            "(?<![\\d-])(1[6-9]\\d\\d|20\\d\\d)\\s?[-\u2013\u2014/]\\s?(1[6-9]\\d\\d|20\\d\\d|\\d\\d)(?![\\d]|[-/]\\d)");
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "(?<![\\d./-])(\\d{1,2})([./])(\\d{1,2})\\2((?:19|20)\\d\\d)(?:\\s+(\\d{1,2}):(\\d{2}))?(?![\\d./-]?\\d)");

    Reading normalise(Reading r, LocalDate anchor) {
        String text = r.article().text();
        List<Timex> added = new ArrayList<>();
        collectYearRanges(text, added);
        collectNumericDates(text, added);
        ExtraTimes.overrides(text, added);
        if (anchor != null) {
            Quarters.collect(r, anchor, added);
            Holidays.collect(r, anchor, added);
        }
        List<Timex> out = new ArrayList<>(added);
        List<Timex> found = new ArrayList<>(r.times());
        List<Timex> gaps = new ArrayList<>();
        ExtraTimes.gaps(text, anchor, gaps);
        for (Timex g : gaps) {
            if (found.stream().noneMatch(t -> t.start() < g.end() && t.end() > g.start())) {
                found.add(g);
            }
        }
        for (Timex t : found) {
            if (added.stream().anyMatch(a -> a.start() < t.end() && a.end() > t.start())) {
                continue; // ours is more specific than SUTime's reading of the same characters
            }
            if (NotTimes.reject(r, t)) {
                continue;
            }
            Timex v = TimeMlValues.convert(partOfDayOf(t), text);
            out.add(anchor == null ? v : anchorMonth(r, anchorAgo(anchorWeekend(r, anchorWeekday(r, v, anchor), anchor), anchor), anchor));
        }
        out.sort(Comparator.comparingInt(Timex::start));
        if (anchor != null) {
            out = Discourse.anchor(text, out);
        }
        return new Reading(r.article(), r.sentences(), r.entities(), out, r.quotes(), r.attributions());
    }

    private static final Pattern PART_OF_DAY_OF = Pattern.compile("(?i)^the (?:early hours|night|morning|evening|afternoon) of ");

    /**
     * "the night of Oct. 23", "the early hours of Thursday morning": TimeML marks the day named, and the value is
     * that day's date.
     */
    private static Timex partOfDayOf(Timex t) {
        Matcher m = PART_OF_DAY_OF.matcher(t.text());
        if (!m.find()) {
            return t;
        }
        String value = t.value() == null ? null : t.value().replaceFirst("T(?:MO|AF|EV|NI)$", "");
        return new Timex(t.start() + m.end(), t.end(), t.text().substring(m.end()), TimexType.DATE, value);
    }

    /** "1950-1953" is the span of years, not a subtraction or a duration. */
    private static void collectYearRanges(String text, List<Timex> out) {
        Matcher m = YEAR_RANGE.matcher(text);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            // "1957-58": the second year shares the first one's century.
            int b = m.group(2).length() == 2 ? a / 100 * 100 + Integer.parseInt(m.group(2)) : Integer.parseInt(m.group(2));
            if (b > a && b - a < 200) {
                out.add(new Timex(m.start(), m.end(), m.group(), TimexType.DATE, a + "/" + b));
            }
        }
    }

    /**
     * Numeric dates, read day first where the numbers say so (a first number over 12, or dots as in much of
     * Europe), month first where the second number is over 12; an ambiguous slash date is left to SUTime.
     */
    private static void collectNumericDates(String text, List<Timex> out) {
        Matcher m = NUMERIC_DATE.matcher(text);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(3)), year = Integer.parseInt(m.group(4));
            int day, month;
            if (a > 12 && b <= 12) {
                day = a; month = b;
            } else if (b > 12 && a <= 12) {
                day = b; month = a;
            } else if (a <= 12 && b <= 12 && m.group(2).equals(".")) {
                day = a; month = b;
            } else {
                continue;
            }
            LocalDate date;
            try {
                date = LocalDate.of(year, month, day);
            } catch (java.time.DateTimeException e) {
                continue;
            }
            if (m.group(5) != null && Integer.parseInt(m.group(5)) < 24) {
                String value = date + "T" + String.format("%02d:%s", Integer.parseInt(m.group(5)), m.group(6));
                out.add(new Timex(m.start(), m.end(), m.group(), TimexType.TIME, value));
            } else {
                int end = m.group(5) == null ? m.end() : m.end(4);
                out.add(new Timex(m.start(), end, text.substring(m.start(), end), TimexType.DATE, date.toString()));
            }
        }
    }

    private static final Pattern AGO = Pattern.compile("(?i).*\\b(years?|decades?|centur(?:y|ies)|months?)\\s+(?:ago|earlier|before)$");

    /** "41 years ago" is a year, "two months ago" a month: TimeML keeps the unit's granularity. */
    private static Timex anchorAgo(Timex t, LocalDate anchor) {
        Matcher m = AGO.matcher(t.text().strip());
        String v = t.value();
        if (!m.matches() || v == null || !v.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return t;
        }
        String unit = m.group(1).toLowerCase(Locale.ROOT);
        String value = unit.startsWith("month") ? v.substring(0, 7) : v.substring(0, 4);
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
        Matcher m = MONTH.matcher(t.text().strip());
        String v = t.value();
        if (!m.matches() || v == null || !v.matches("\\d{4}-\\d{2}(-\\d{2})?")) {
            return t;
        }
        int month = Integer.parseInt(v.substring(5, 7));
        int day = v.length() > 7 ? Integer.parseInt(v.substring(8, 10)) : 0;
        boolean last = t.text().toLowerCase(Locale.ROOT).contains("last");
        Tense tense = last ? Tense.PAST : deadline(r.article().text(), t.start()) ? Tense.PRESENT : Tense.of(r, t.start());
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

    /**
     * "by Jan. 14", "extended to Nov. 20", "until mid-November": a deadline is set in one tense about a date on the
     * other side of the publication date as often as not, so the nearest such date is the best guess.
     */
    private static boolean deadline(String text, int start) {
        String before = text.substring(Math.max(0, start - 9), start).toLowerCase(Locale.ROOT);
        return before.matches("(?s).*\\b(by|until|till|through|to)\\s+$");
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
        if (soonCue(text, t.start()) || tense != Tense.PAST && untilCue(text, t.start())) {
            tense = Tense.FUTURE; // but "had not spoken until Tuesday" is past
        }
        LocalDate date = switch (tense) {
            case FUTURE -> anchor.with(TemporalAdjusters.next(day));
            // Past, and present with no other cue: news mostly reports what has happened.
            default -> anchor.with(TemporalAdjusters.previousOrSame(day));
        };
        Matcher time = TIME_OF_DAY.matcher(t.value() == null ? "" : t.value());
        return new Timex(t.start(), t.end(), t.text(), t.type(), date + (time.find() ? time.group() : ""));
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

    static String dayName(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
