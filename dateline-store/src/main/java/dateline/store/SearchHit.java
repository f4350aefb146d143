package dateline.store;

/**
 * One article that matches a full-text query, best first, with a short passage around the match.
 *
 * @param copyOf the source of the stored article this one is a near copy of, or null
 */
public record SearchHit(String document, String title, String published, float score, String snippet, String copyOf) {
}
