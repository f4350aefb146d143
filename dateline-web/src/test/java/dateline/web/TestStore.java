package dateline.web;

import dateline.article.Article;
import dateline.article.PublishedDate;
import dateline.event.Event;
import dateline.event.EventType;
import dateline.event.Precision;
import dateline.reading.Entity;
import dateline.reading.EntityType;
import dateline.reading.Geo;
import dateline.reading.Reading;
import dateline.reading.Span;
import dateline.store.Store;
import dateline.store.StoreJson;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The store the web tests serve: one short article read by hand (a visit that happened, one that is planned),
 * published on example.com, and one undated, untitled page too long to answer whole.
 */
final class TestStore {
    /** A page written by a stranger: markup in its text must come back as text, never as markup. */
    static final String TEXT = "Ana Lopez visited Porto on Monday. <script>alert('x')</script> "
            + "Ana Lopez will visit Lisbon next week.";

    private TestStore() {
    }

    static Store open(Path dir) {
        Store store = Store.open(dir);
        Article a = new Article("visit.html", "A visit to Porto", PublishedDate.ofDate(LocalDate.of(2024, 5, 8), "test"),
                null, null, List.of(), "en", "https://www.example.com/2024/05/porto", null, TEXT, List.of());
        int porto = TEXT.indexOf("Porto"), lisbon = TEXT.indexOf("Lisbon"), second = TEXT.lastIndexOf("Ana Lopez");
        List<Entity> entities = List.of(
                new Entity("e1", "Ana Lopez", EntityType.PERSON, List.of("Lopez"),
                        List.of(new Span(0, 9), new Span(second, second + 9)), null),
                new Entity("e2", "Porto", EntityType.LOCATION, List.of(), List.of(new Span(porto, porto + 5)),
                        new Geo(41.15, -8.61, "geonames:2735943")),
                new Entity("e3", "Lisbon", EntityType.LOCATION, List.of(), List.of(new Span(lisbon, lisbon + 6)),
                        new Geo(38.72, -9.14, "geonames:2267057")));
        int end = TEXT.indexOf('.') + 1;
        List<Event> events = List.of(
                new Event("v1", EventType.VISIT, 0, end, TEXT.substring(0, end), "e1", List.of(), "e2", "2024-05-06",
                        Precision.DAY, List.of(), Event.Polarity.POSITIVE, Event.Status.HAPPENED),
                new Event("v2", EventType.VISIT, second, TEXT.length(), TEXT.substring(second), "e1", List.of(), "e3",
                        null, null, List.of(), Event.Polarity.POSITIVE, Event.Status.PLANNED));
        assertTrue(store.put(new Reading(a, List.of(), entities, List.of(), List.of(), List.of()), events));
        String huge = "A very long text. ".repeat(StoreJson.MAX_TEXT_CHARS / 10);
        Article big = new Article("huge.html", "A huge page", null, null, null, List.of(), "en", null, null, huge, List.of());
        assertTrue(store.put(new Reading(big, List.of(), List.of(), List.of(), List.of(), List.of()), List.of()));
        return store;
    }
}
