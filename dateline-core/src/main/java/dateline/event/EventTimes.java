package dateline.event;

import dateline.reading.Sentence;
import dateline.reading.Timex;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** When an event happened: calendar dates among a sentence's time expressions, and which one belongs to a trigger. */
final class EventTimes {
    private EventTimes() {
    }

    /** A resolved calendar time: its value as written by the reader, the day it starts on, and its precision. */
    record Dated(String value, LocalDate date, Precision precision) {
        static Dated of(Timex t) {
            String v = t.value();
            if (v == null) {
                return null;
            }
            try {
                if (v.matches("\\d{4}-\\d{2}-\\d{2}(T.*)?")) {
                    return new Dated(v.substring(0, 10), LocalDate.parse(v.substring(0, 10)), Precision.DAY);
                }
                if (v.matches("\\d{4}-W\\d{2}")) {
                    LocalDate d = LocalDate.parse(v.substring(0, 4) + "-01-04")
                            .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(v.substring(6)))
                            .with(java.time.DayOfWeek.MONDAY);
                    return new Dated(v, d, Precision.WEEK);
                }
                if (v.matches("\\d{4}-\\d{2}")) {
                    return new Dated(v, LocalDate.parse(v + "-01"), Precision.MONTH);
                }
                if (v.matches("\\d{4}")) {
                    return new Dated(v, LocalDate.parse(v + "-01-01"), Precision.YEAR);
                }
            } catch (RuntimeException e) {
                return null;
            }
            return null;
        }
    }

    /** The sentence's time expressions that name a calendar date, in text order. */
    static List<Timex> dates(List<Timex> all, Sentence s) {
        List<Timex> out = new ArrayList<>();
        for (Timex t : all) {
            if (t.start() >= s.start() && t.end() <= s.end() && (t.type() == dateline.reading.TimexType.DATE
                    || t.type() == dateline.reading.TimexType.TIME) && Dated.of(t) != null) {
                out.add(t);
            }
        }
        return out;
    }

    /** The time expression inside the trigger's own phrases, if any. */
    static Dated ownTime(Parse p, int t, List<Timex> times) {
        if (times.isEmpty()) {
            return null;
        }
        Set<Integer> clause = new HashSet<>();
        Deque<Integer> stack = new ArrayDeque<>(List.of(t));
        while (!stack.isEmpty()) {
            int cur = stack.pop();
            if (!clause.add(cur)) {
                continue;
            }
            for (int c : p.children(cur)) {
                String rel = p.relation(c);
                if (!(Triggers.OTHER_CLAUSES.contains(rel) || rel.startsWith("advcl") && p.hasSubject(c))) {
                    stack.push(c);
                }
            }
        }
        for (Timex x : times) {
            for (int tok : clause) {
                if (p.token(tok).start() >= x.start() && p.token(tok).start() < x.end()) {
                    return Dated.of(x);
                }
            }
        }
        return null;
    }

    static Dated nearest(List<Timex> times, int offset) {
        Timex best = null;
        for (Timex t : times) {
            if (best == null || Math.abs(t.start() - offset) < Math.abs(best.start() - offset)) {
                best = t;
            }
        }
        return best == null ? null : Dated.of(best);
    }

    /** Past tense, or an event noun: only those take a time carried over from an earlier sentence. */
    static boolean isPast(Parse p, int t) {
        String pos = p.pos(t);
        if (pos.equals("VBD") || p.isNoun(t)) {
            return true;
        }
        if (pos.equals("VBN")) {
            return !p.hasChildLemma(t, "aux", Set.of("have")) || p.hasChildLemma(t, "aux", Set.of("had"));
        }
        return false;
    }
}
