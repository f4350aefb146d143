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
 * @param unreadFrom   the offset from which the text was not read, as too long for one article; -1 when all was read
 */
public record Reading(Article article, List<Sentence> sentences, List<Entity> entities, List<Timex> times,
                      List<Quote> quotes, List<Attribution> attributions, int unreadFrom) {
    public Reading {
        Objects.requireNonNull(article, "article");
        if (unreadFrom < -1 || unreadFrom > article.text().length()) {
            throw new IllegalArgumentException("unreadFrom " + unreadFrom + " outside the text");
        }
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        times = List.copyOf(times);
        quotes = List.copyOf(quotes);
        attributions = List.copyOf(attributions);
    }

    /** A reading of the whole text. */
    public Reading(Article article, List<Sentence> sentences, List<Entity> entities, List<Timex> times,
                   List<Quote> quotes, List<Attribution> attributions) {
        this(article, sentences, entities, times, quotes, attributions, -1);
    }

    /** This reading with other entities: what the stages that find, join or place entities return. */
    public Reading withEntities(List<Entity> others) {
        return new Reading(article, sentences, others, times, quotes, attributions, unreadFrom);
    }

    /** This reading with other time expressions. */
    public Reading withTimes(List<Timex> others) {
        return new Reading(article, sentences, entities, others, quotes, attributions, unreadFrom);
    }

    /** This reading with other quotes. */
    public Reading withQuotes(List<Quote> others) {
        return new Reading(article, sentences, entities, times, others, attributions, unreadFrom);
    }

    /** This reading with other attributions. */
    public Reading withAttributions(List<Attribution> others) {
        return new Reading(article, sentences, entities, times, quotes, others, unreadFrom);
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
