package dateline.reading;

import java.util.TreeMap;

/** Which entity a stretch of text refers to, from the entities' mention spans (names, role phrases, pronouns). */
final class MentionIndex {
    private final TreeMap<Integer, Object[]> byStart = new TreeMap<>(); // start → {end, entity id}

    MentionIndex(Reading r) {
        for (Entity e : r.entities()) {
            for (Span s : e.mentions()) {
                byStart.put(s.start(), new Object[]{s.end(), e.id()});
            }
        }
    }

    /** The entity id of the mention covering the character at {@code offset}, or null. */
    String at(int offset) {
        var e = byStart.floorEntry(offset);
        return e != null && (int) e.getValue()[0] > offset ? (String) e.getValue()[1] : null;
    }

    /** The end of the mention covering {@code offset}, or -1. */
    int endAt(int offset) {
        var e = byStart.floorEntry(offset);
        return e != null && (int) e.getValue()[0] > offset ? (int) e.getValue()[0] : -1;
    }
}
