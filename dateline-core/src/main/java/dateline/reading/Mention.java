package dateline.reading;

/**
 * One name in the text, typed, before coreference joins the mentions of one thing into an {@link Entity}.
 *
 * @param span where it stands in the article text
 * @param text the name as written
 * @param type its kind
 */
record Mention(Span span, String text, EntityType type) {
    /** The mention of {@code text}'s characters [start, end). */
    static Mention of(String text, int start, int end, EntityType type) {
        return new Mention(new Span(start, end), text.substring(start, end), type);
    }

    int start() {
        return span.start();
    }

    int end() {
        return span.end();
    }

    /** Whether this mention lies inside {@code other}'s characters. */
    boolean within(Mention other) {
        return other.start() <= start() && other.end() >= end();
    }
}
