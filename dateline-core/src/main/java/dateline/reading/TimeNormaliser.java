package dateline.reading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Corrects and completes SUTime's time expressions the way news is written, with values in the TimeML / ISO 8601
 * grammar. Ours come first where SUTime reads the same characters too coarsely: day-first numeric dates
 * ("17/09/2023"), year ranges ("1950-1953" → 1950/1953), fractional spans ({@link ExtraTimes}), quarters
 * ({@link Quarters}) and holidays ({@link Holidays}); then SUTime's, less those that are no times ({@link NotTimes}),
 * plus what it missed, rewritten in TimeML's forms ({@link TimeMlValues}) and anchored to the publication date by the
 * tense of their clause ({@link RelativeDates}); last, expressions told from the story's own time
 * ({@link Discourse}). The reading passed in is not modified.
 */
final class TimeNormaliser {
    private static final Pattern YEAR_RANGE = Pattern.compile(
            "(?<![\\d-])(1[6-9]\\d\\d|20\\d\\d)\\s?[-\u2013\u2014/]\\s?(1[6-9]\\d\\d|20\\d\\d|\\d\\d)(?![\\d]|[-/]\\d)");
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "(?<![\\d./-])(\\d{1,2})([./])(\\d{1,2})\\2((?:19|20)\\d\\d)(?:\\s+(\\d{1,2}):(\\d{2}))?(?![\\d./-]?\\d)");

    Reading normalise(Reading r, LocalDate anchor) {
        String text = r.article().text();
        List<Timex> added = new ArrayList<>();
        collectYearRanges(text, added);
        collectNumericDates(text, added);
        ExtraTimes.overrides(text, anchor, added);
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
            Timex whole = partOfDayOf(weekdayBeforeOrdinal(t, text));
            List<Timex> parts = whole.value() == null || COMMA_SPAN.matcher(whole.text()).matches()
                    ? Composites.split(whole, anchor) : List.of();
            for (Timex part : parts.isEmpty() ? List.of(whole) : parts) {
                Timex v = TimeMlValues.convert(part, text);
                out.add(anchor == null ? v : RelativeDates.anchor(r, v, anchor));
            }
        }
        out.sort(Comparator.comparingInt(Timex::start));
        if (anchor != null) {
            out = Discourse.anchor(text, out);
            out = clocksOnTheirDay(text, out, anchor);
        }
        out = weeksOf(text, out);
        out = secondDays(text, out);
        return r.withTimes(out);
    }

    // What may stand between a clock time and the day it is on: "10:35 a.m. (0735 GMT) Friday", "9 a.m. EST Tuesday",
    // "2 a.m. local time (0100 GMT) on Wednesday",
    // "Friday at 10:35 a.m.".
    private static final Pattern CLOCK_THEN_DAY = Pattern.compile("\\s*(?:local time\\s*)?(?:\\([^()]{0,20}\\)\\s*)?"
            + "(?:[A-Z]{2,4}\\s+)?(?:on\\s+)?");
    private static final Pattern DAY_THEN_CLOCK = Pattern.compile(",?\\s*(?:at\\s+)?");

    /**
     * A clock time SUTime dated by the publication date takes the day written next to it, when a parenthesis or a time
     * zone keeps SUTime from reading the two as one ("at about 10:35 a.m. (0735 GMT) Friday").
     */
    private static List<Timex> clocksOnTheirDay(String text, List<Timex> times, LocalDate anchor) {
        List<Timex> out = new ArrayList<>(times);
        for (int i = 0; i < out.size(); i++) {
            Timex t = out.get(i);
            if (t.type() != TimexType.TIME || t.value() == null || !t.value().startsWith(anchor + "T")) {
                continue;
            }
            Timex day = null;
            if (i + 1 < out.size() && out.get(i + 1).start() >= t.end()
                    && CLOCK_THEN_DAY.matcher(text.substring(t.end(), out.get(i + 1).start())).matches()) {
                day = out.get(i + 1);
            } else if (i > 0 && out.get(i - 1).end() <= t.start()
                    && DAY_THEN_CLOCK.matcher(text.substring(out.get(i - 1).end(), t.start())).matches()) {
                day = out.get(i - 1);
            }
            if (day != null && day.value() != null && day.value().matches("\\d{4}-\\d{2}-\\d{2}")) {
                out.set(i, new Timex(t.start(), t.end(), t.text(), t.type(), day.value() + t.value().substring(10)));
            }
        }
        return out;
    }

    // "April 24 and 25", "Sept. 13-14": a second day of the same month; not "Oct. 12 and 13 percent", "May 5 and 6,000",
    // "June 5 and 3 others".
    private static final Pattern SECOND_DAY = Pattern.compile("(\\s*(?:-|\u2013|and|or|to|through)\\s*)(\\d{1,2})\\b"
            + "(?![.,]?\\d|\\s*(?:%|percent|per\\b|of\\b|more\\b|million|billion|thousand|hundred)"
            + "|\\s+(?!(?:was|is|as|has|this|his|its)\\b)[a-z]+s\\b)"); // "and 3 others", "and 25 years"

    /** The day after "April 24 and", dated in the month before it, as TimeML marks it: a date of its own. */
    private static List<Timex> secondDays(String text, List<Timex> times) {
        List<Timex> out = new ArrayList<>(times);
        for (int i = 0; i < out.size(); i++) {
            Timex t = out.get(i);
            Matcher m = SECOND_DAY.matcher(text).region(t.end(), text.length());
            if (t.value() == null || !t.value().matches("\\d{4}-\\d{2}-\\d{2}")
                    || !Character.isDigit(t.text().charAt(t.text().length() - 1)) || !m.lookingAt() || i + 1 < out.size() && out.get(i + 1).start() < m.end()) {
                continue;
            }
            LocalDate first = LocalDate.parse(t.value());
            int day = Integer.parseInt(m.group(2));
            if (day <= first.getDayOfMonth() || day > first.lengthOfMonth()) {
                continue;
            }
            out.add(i + 1, new Timex(m.start(2), m.end(2), m.group(2), TimexType.DATE, first.withDayOfMonth(day).toString()));
        }
        return out;
    }

    private static final Pattern WEEK_OF = Pattern.compile("(?i)\\bthe week of\\s+$");

    /** "the week of March 6": TimeML marks the week, valued as the ISO week that holds the day named. */
    private static List<Timex> weeksOf(String text, List<Timex> times) {
        List<Timex> out = new ArrayList<>(times);
        for (int i = 0; i < out.size(); i++) {
            Timex t = out.get(i);
            int from = Math.max(0, t.start() - 16);
            Matcher m = WEEK_OF.matcher(text.substring(from, t.start()));
            if (t.value() == null || !t.value().matches("\\d{4}-\\d{2}-\\d{2}") || !m.find()) {
                continue;
            }
            int start = from + m.start();
            Timex week = new Timex(start, t.end(), text.substring(start, t.end()), TimexType.DATE,
                    RelativeDates.isoWeek(LocalDate.parse(t.value())));
            out.removeIf(o -> o.start() < week.end() && o.end() > week.start());
            int at = 0;
            while (at < out.size() && out.get(at).start() < start) {
                at++;
            }
            out.add(at, week);
            i = at;
        }
        return out;
    }

    // "November 11, three days later than planned": SUTime adds the span to the date; they are two expressions.
    private static final Pattern COMMA_SPAN = Pattern.compile("(?i).+,\\s+(?:about |some |nearly |almost )?\\S+ "
            + "(?:days?|weeks?|months?|years?|hours?) (?:later|earlier)");
    private static final Pattern WEEKDAY_ORDINAL = Pattern.compile("(?i)^((?:on\\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
            + "\\s+the\\s+(?:first|second|third|fourth|fifth|last|latest|next)$");

    /**
     * "announced on Tuesday the first generation of …": SUTime reads "Tuesday the first" as the 1st; it is the
     * Tuesday, and the ordinal belongs to what follows ("Tuesday the first of March" stays a date).
     */
    private static Timex weekdayBeforeOrdinal(Timex t, String text) {
        Matcher m = WEEKDAY_ORDINAL.matcher(t.text());
        if (!m.matches() || text.startsWith(" of", t.end())) {
            return t;
        }
        return new Timex(t.start(), t.start() + m.end(1), m.group(1), TimexType.DATE, null);
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
}
