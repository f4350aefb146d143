package dateline.store;

import dateline.event.EventType;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A search of the stored articles: words in Lucene's classic syntax ({@code putin AND kim}, {@code "Far East"}; blank
 * for every article, newest first), narrowed by facet values, and which page of the matches to answer. A null filter
 * does not narrow.
 *
 * @param entity an entity's name or one of its other names, matched whole, case and accents aside
 * @param type   articles that report an event of this type
 * @param place  a place's name or one of its other names, matched as {@code entity} is
 * @param outlet the web host that published the article, in any case, {@code "www."} aside
 * @param from   articles published on or after this day
 * @param to     articles published on or before this day
 */
public record SearchQuery(String text, String entity, EventType type, String place, String outlet, LocalDate from,
                          LocalDate to, int offset, int limit) {
    /** Deepest a search pages: a page further on would have Lucene rank every hit before it. */
    public static final int MOST_OFFSET = 10_000;
    /** Most hits a page holds. */
    public static final int MOST_LIMIT = 1_000;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        outlet = outlet == null || outlet.isBlank() ? null
                : outlet.strip().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        if (offset < 0 || offset > MOST_OFFSET || limit < 1 || limit > MOST_LIMIT) {
            throw new IllegalArgumentException("offset must be 0 to " + MOST_OFFSET + " and limit 1 to " + MOST_LIMIT
                    + ", not " + offset + " and " + limit);
        }
    }

    /** The first {@code limit} articles matching these words, nothing else narrowing them. */
    public static SearchQuery of(String text, int limit) {
        return new SearchQuery(text, null, null, null, null, null, null, 0, limit);
    }
}
