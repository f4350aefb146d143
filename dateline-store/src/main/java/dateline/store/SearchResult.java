package dateline.store;

import java.util.List;

/**
 * One page of the articles a search matches, and how many match in all.
 *
 * @param total how many articles match, near copies included (each is an outlet's own article)
 * @param hits  the page asked for, best first (newest first for a search without words)
 */
public record SearchResult(int total, List<SearchHit> hits) {
    public SearchResult {
        hits = List.copyOf(hits);
    }
}
