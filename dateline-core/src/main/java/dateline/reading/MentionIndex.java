package dateline.reading;

import java.util.TreeMap;

/** Which entity a stretch of text refers to, from the entities' mention spans (names, role phrases, pronouns). */
final class MentionIndex {
    private record Mentioned(int end, String entity) {
    }

    private final TreeMap<Integer, Mentioned> byStart = new TreeMap<>();

    MentionIndex(Reading r) {
        for (Entity e : r.entities()) {
            for (Span s : e.mentions()) {
                byStart.put(s.start(), new Mentioned(s.end(), e.id()));
            }
        }
    }

    /** The entity id of the mention covering the character at {@code offset}, or null. */
    String at(int offset) {
        var e = byStart.floorEntry(offset);
        return e != null && e.getValue().end() > offset ? e.getValue().entity() : null;
    }

    /** The end of the mention covering {@code offset}, or -1. */
    int endAt(int offset) {
        var e = byStart.floorEntry(offset);
        return e != null && e.getValue().end() > offset ? e.getValue().end() : -1;
    }
}
