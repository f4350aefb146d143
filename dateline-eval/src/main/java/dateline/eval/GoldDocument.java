package dateline.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * One gold document, whatever corpus it came from.
 *
 * @param name     file or document id
 * @param text     the plain text the engine reads (rebuilt from tokens where the corpus has no text)
 * @param dct      the document creation time, or null
 * @param entities named mentions: label is PERSON, ORGANIZATION, LOCATION or PRODUCT; chain id in {@link #chains}
 * @param chains   coreference chain id of each entry of {@code entities} (same order), or empty when unknown;
 *                 corpus-wide instance ids where the corpus links documents (MEANTIME)
 * @param unscored spans of other annotated mentions: a system mention there is neither right nor wrong
 * @param times    time expressions, label = normalised value
 * @param limit    offset past which nothing is annotated (MEANTIME annotates only the first sentences)
 */
public record GoldDocument(String name, String text, LocalDate dct, List<GoldSpan> entities, List<String> chains,
                           List<GoldSpan> unscored, List<GoldSpan> times, int limit) {
    public GoldDocument {
        entities = List.copyOf(entities);
        chains = List.copyOf(chains);
        unscored = List.copyOf(unscored);
        times = List.copyOf(times);
    }
}
