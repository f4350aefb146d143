package dateline.reading;

import dateline.article.Article;
import dateline.article.PublishedDate;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Reads an article: entities with their coreference, normalised times, quotes and source chains. The models load once,
 * in the constructor (15 to 20 seconds; about 700 MB live, so reading fits a 2 GB heap); {@link #read} is thread-safe
 * and leaves the article as is.
 *
 * <pre>{@code Reader reader = new Reader();  Reading r = reader.read(article); }</pre>
 */
public final class Reader {
    private final CoreNlpAnnotator annotator = new CoreNlpAnnotator();
    private final TimeNormaliser times = new TimeNormaliser();
    private final MentionScanner names;
    private final Coreferencer coreferencer;
    private final RoleTyper roles = new RoleTyper();
    private final QuoteAttributor quotes = new QuoteAttributor();
    private final SourceChains sources = new SourceChains();

    /** A reader with the word lists that ship with Dateline. */
    public Reader() {
        this(Lexicon.standard());
    }

    /** A reader whose name and coreference rules consult {@code lexicon}; the other stages use the standard lists. */
    Reader(Lexicon lexicon) {
        Titles titles = new Titles(lexicon);
        names = new MentionScanner(lexicon, titles);
        coreferencer = new Coreferencer(lexicon, titles);
    }

    /** The reading of one article; articles not in English come back {@link Reading#unread unread}. */
    public Reading read(Article article) {
        Objects.requireNonNull(article, "article");
        if (!Language.isEnglish(article)) {
            return Reading.unread(article);
        }
        LocalDate anchor = anchor(article.published());
        // The chain, in order: each stage takes the reading so far and returns a new one; the name mentions found in
        // the annotated text go straight to coreference, which makes them the reading's entities.
        Reading r = annotator.annotate(article, anchor);
        r = times.normalise(r, anchor);
        r = coreferencer.resolve(r, names.scan(r));
        r = roles.type(r);
        r = quotes.attribute(r);
        r = sources.chain(r);
        return r;
    }

    /** The statistical stage, for tests of its bounds. */
    CoreNlpAnnotator annotator() {
        return annotator;
    }

    private static LocalDate anchor(PublishedDate published) {
        return published == null ? null : published.date();
    }
}
