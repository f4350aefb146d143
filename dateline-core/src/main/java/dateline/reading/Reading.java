package dateline.reading;

import dateline.article.Article;

import java.util.List;
import java.util.Objects;

/**
 * What one article says. Offsets everywhere are into {@code article.text()}.
 *
 * @param article      the article that was read
 * @param sentences    sentences with tokens and dependency arcs (empty for languages Dateline does not read)
 * @param entities     named things, with coreference resolved inside the document
 * @param times        time expressions, normalised against the publication date
 * @param quotes       direct quotes and their speakers
 * @param attributions claims and their source chains
 */
public record Reading(Article article, List<Sentence> sentences, List<Entity> entities, List<Timex> times,
                      List<Quote> quotes, List<Attribution> attributions) {
    public Reading {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        times = List.copyOf(times);
        quotes = List.copyOf(quotes);
        attributions = List.copyOf(attributions);
    }

    /** The sentence holding the character at {@code offset}, or null when it lies between sentences. */
    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (s.start() <= offset && offset < s.end()) {
                return s;
            }
        }
        return null;
    }

    /** A reading that found nothing, for articles in languages Dateline does not read. */
    public static Reading unread(Article article) {
        return new Reading(article, List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
