package dateline.store;

/** One article that matches a full-text query, best first, with a short passage around the match. */
public record SearchHit(String document, String title, String published, float score, String snippet) {
}
