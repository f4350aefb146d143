package dateline.pipeline;

import dateline.article.Article;
import dateline.article.ArticleExtractor;
import dateline.event.Event;
import dateline.event.EventExtractor;
import dateline.page.Page;
import dateline.reading.Reader;
import dateline.reading.Reading;
import dateline.resolve.Gazetteer;
import dateline.resolve.Geocoder;

import java.util.List;

/**
 * Page to events in one call: extract the article, read it, place its places, find its events. The models load once,
 * when the pipeline is made; {@link #apply} is then a plain function of the page.
 */
public final class Pipeline {
    /** A reading with its places geocoded, and the events found in it. */
    public record Result(Reading reading, List<Event> events) {
    }

    private final ArticleExtractor extractor;
    private final Reader reader = new Reader();
    private final Geocoder geocoder = new Geocoder(Gazetteer.load());
    private final EventExtractor events = new EventExtractor();

    /** A pipeline around an extractor the caller already has (its language profiles load once). */
    public Pipeline(ArticleExtractor extractor) {
        this.extractor = extractor;
    }

    public Result apply(Page page) {
        return apply(extractor.extract(page));
    }

    public Result apply(Article article) {
        Reading reading = geocoder.geocode(reader.read(article));
        return new Result(reading, events.extract(reading));
    }
}
