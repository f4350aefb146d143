package dateline.store;

import dateline.article.Article;
import dateline.article.PublishedDate;
import dateline.event.EventType;
import dateline.reading.Entity;
import dateline.reading.EntityType;
import dateline.reading.Reading;
import dateline.reading.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Search narrowed by facet values, the facets counted over what matches, and paging. */
class SearchFacetsTest {
    @TempDir
    Path dir;

    /** StoreTest's trip (Kim and Shoigu in a city, a planned visit to Moscow), published on this day at this address. */
    private static Reading trip(String source, String city, String url, LocalDate published) {
        Reading r = StoreTest.trip(source, city, 43.1, 131.9, published.minusDays(1).toString(), "Moscow");
        Article a = r.article();
        Article placed = new Article(a.source(), a.title(), PublishedDate.ofDate(published, "test"), null, null,
                List.of(), "en", url, null, a.text(), List.of());
        return new Reading(placed, r.sentences(), r.entities(), r.times(), r.quotes(), r.attributions(),
                r.unreadFrom());
    }

    /** Three articles: two from one outlet, two in October, two in Vladivostok, two reporting events. */
    private Store filled() {
        Store store = Store.open(dir);
        Reading a = trip("a.html", "Vladivostok", "https://www.example.com/a", LocalDate.of(2023, 9, 16));
        Reading b = trip("b.html", "Komsomolsk-on-Amur", "https://news.example.org/b", LocalDate.of(2023, 10, 2));
        Reading c = trip("c.html", "Vladivostok", "https://example.com/c", LocalDate.of(2023, 10, 5));
        store.put(a, StoreTest.eventsOf(a));
        store.put(b, StoreTest.eventsOf(b));
        assertTrue(store.put(c, List.of()));
        return store;
    }

    private static SearchQuery query(String words, String entity, EventType type, String place, String outlet,
                                     LocalDate from) {
        return new SearchQuery(words, entity, type, place, outlet, from, null, 0, 20);
    }

    private static Set<String> documents(SearchResult r) {
        return r.hits().stream().map(SearchHit::document).collect(Collectors.toSet());
    }

    @Test
    void facetsCountTheMatchingArticlesByEachValue() {
        try (Store store = filled()) {
            SearchFacets f = store.facets(SearchQuery.of("kim", 20));
            assertEquals(3, f.total());
            assertEquals(List.of(new EntityProfile.Count("Kim Jong Un", 3), new EntityProfile.Count("Sergey Shoigu", 3)),
                    f.entities());
            assertEquals(List.of(new EntityProfile.Count("Moscow", 3), new EntityProfile.Count("Vladivostok", 2),
                    new EntityProfile.Count("Komsomolsk-on-Amur", 1)), f.places());
            assertEquals(List.of(new EntityProfile.Count("example.com", 2),
                    new EntityProfile.Count("news.example.org", 1)), f.outlets());
            assertEquals(List.of(new EntityProfile.Count("2023-09", 1), new EntityProfile.Count("2023-10", 2)),
                    f.months());
            assertEquals(List.of(new EntityProfile.Count("VISIT", 2)), f.types());

            SearchFacets narrowed = store.facets(query("kim", null, null, "vladivostok", null, null));
            assertEquals(2, narrowed.total());
            assertEquals(List.of(new EntityProfile.Count("Moscow", 2), new EntityProfile.Count("Vladivostok", 2)),
                    narrowed.places());
        }
    }

    @Test
    void eachFacetValueNarrowsTheHits() {
        try (Store store = filled()) {
            assertEquals(Set.of("a.html", "c.html"),
                    documents(store.search(query("kim", null, null, "Vladivostok", null, null))));
            assertEquals(Set.of("a.html"),
                    documents(store.search(query("kim", null, EventType.VISIT, "Vladivostok", null, null))));
            assertEquals(Set.of("a.html", "c.html"),
                    documents(store.search(query("", null, null, null, "www.example.com", null))));
            assertEquals(Set.of("b.html", "c.html"),
                    documents(store.search(query("", null, null, null, null, LocalDate.of(2023, 10, 1)))));
            // By another of its names, whole: "Shoigu" is an alias, "Shoi" no name at all.
            assertEquals(3, store.search(query("", "shoigu", null, null, null, null)).total());
            assertEquals(0, store.search(query("", "Shoi", null, null, null, null)).total());
            // A place facet is a place's: Kim is no place.
            assertEquals(0, store.search(query("", null, null, "Kim Jong Un", null, null)).total());
            assertEquals(0, store.search(query("komsomolsk", null, null, null, "example.com", null)).total());
        }
    }

    @Test
    void pagesOfTheMatchesAndTheirTotal() {
        try (Store store = filled()) {
            SearchResult first = store.search(new SearchQuery("", null, null, null, null, null, null, 0, 2));
            assertEquals(3, first.total());
            assertEquals(List.of("c.html", "b.html"), first.hits().stream().map(SearchHit::document).toList());
            SearchResult rest = store.search(new SearchQuery("", null, null, null, null, null, null, 2, 2));
            assertEquals(List.of("a.html"), rest.hits().stream().map(SearchHit::document).toList());

            SearchResult words = store.search(new SearchQuery("shoigu", null, null, null, null, null, null, 1, 1));
            assertEquals(3, words.total());
            assertEquals(1, words.hits().size());
            SearchResult narrowed = store.search(new SearchQuery("shoigu", null, null, "Moscow", null, null, null, 2, 5));
            assertEquals(3, narrowed.total());
            assertEquals(1, narrowed.hits().size());
            assertThrows(IllegalArgumentException.class,
                    () -> new SearchQuery("kim", null, null, null, null, null, null, -1, 5));
        }
    }

    @Test
    void aNameTooLongForTheIndexIsLeftOutOfTheFacetsAndTheArticleStillIndexed() {
        Reading r = trip("long.html", "Vladivostok", "https://example.com/long", LocalDate.of(2023, 9, 16));
        List<Entity> entities = new ArrayList<>(r.entities());
        entities.add(new Entity("e9", "Kim".repeat(20_000), EntityType.PERSON, List.of(), List.of(new Span(0, 3)), null));
        Reading hostile = new Reading(r.article(), r.sentences(), entities, r.times(), r.quotes(), r.attributions(),
                r.unreadFrom());
        try (Store store = Store.open(dir)) {
            assertTrue(store.put(hostile, List.of()));
            SearchFacets f = store.facets(SearchQuery.of("shoigu", 20));
            assertEquals(1, f.total());
            assertEquals(List.of("Kim Jong Un", "Sergey Shoigu"),
                    f.entities().stream().map(EntityProfile.Count::value).toList());
        }
    }

    @Test
    void anIndexMadeAgainFromTheTablesHoldsWhatTheReadingsGaveIt() throws IOException {
        SearchFacets fromReadings;
        try (Store store = filled()) {
            fromReadings = store.facets(SearchQuery.of("kim", 20));
        }
        // As if the index were lost, or made by a version before the facets: the store makes it again when it opens.
        try (Stream<Path> files = Files.walk(dir.resolve("lucene"))) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        try (Store store = Store.open(dir)) {
            assertEquals(fromReadings, store.facets(SearchQuery.of("kim", 20)));
            assertEquals(Set.of("a.html"),
                    documents(store.search(query("kim", "Shoigu", EventType.VISIT, "Vladivostok", "example.com", null))));
        }
    }
}
