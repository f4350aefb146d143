package dateline.store;

import dateline.article.Article;
import dateline.article.PublishedDate;
import dateline.event.Event;
import dateline.event.EventType;
import dateline.event.Itinerary;
import dateline.event.Precision;
import dateline.reading.Entity;
import dateline.reading.EntityType;
import dateline.reading.Geo;
import dateline.reading.Reading;
import dateline.reading.Span;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoreTest {
    @TempDir
    Path dir;

    /** A two-sentence article: Kim visits a city on a day, and plans to visit another. */
    static Reading trip(String source, String city, double lat, double lon, String day, String planned) {
        return trip(source, city, new Geo(lat, lon, "geonames:" + city.length()), day, planned);
    }

    /** The same trip, the city placed at this gazetteer entry. */
    static Reading trip(String source, String city, Geo geo, String day, String planned) {
        String s1 = "Kim Jong Un visited " + city + " on " + day + " with Sergey Shoigu.";
        String s2 = "Kim will visit " + planned + " next week.";
        String text = s1 + " " + s2;
        Article a = new Article(source, "Kim in " + city, PublishedDate.ofDate(LocalDate.of(2023, 9, 17), "test"), null,
                null, List.of(), "en", null, null, text, List.of());
        int cityAt = text.indexOf(city);
        int plannedAt = text.indexOf(planned);
        List<Entity> entities = List.of(
                new Entity("e1", "Kim Jong Un", EntityType.PERSON, List.of("Kim"),
                        List.of(new Span(0, 11), new Span(s1.length() + 1, s1.length() + 4)), null),
                new Entity("e2", city, EntityType.LOCATION, List.of(), List.of(new Span(cityAt, cityAt + city.length())),
                        geo),
                new Entity("e3", "Sergey Shoigu", EntityType.PERSON, List.of("Shoigu"),
                        List.of(new Span(text.indexOf("Sergey"), text.indexOf("Sergey") + 13)), null),
                new Entity("e4", planned, EntityType.LOCATION, List.of(),
                        List.of(new Span(plannedAt, plannedAt + planned.length())), new Geo(55.75, 37.62, "geonames:524901")));
        return new Reading(a, List.of(), entities, List.of(), List.of(), List.of());
    }

    static List<Event> eventsOf(Reading r) {
        String text = r.article().text();
        int split = text.indexOf(". ") + 1;
        String day = text.substring(text.indexOf(" on ") + 4, text.indexOf(" with "));
        return List.of(
                new Event("v1", EventType.VISIT, 0, split, text.substring(0, split), "e1", List.of("e3"), "e2", day,
                        Precision.DAY, List.of(), Event.Polarity.POSITIVE, Event.Status.HAPPENED),
                new Event("v2", EventType.VISIT, split + 1, text.length(), text.substring(split + 1), "e1", List.of(),
                        "e4", null, null, List.of(), Event.Polarity.POSITIVE, Event.Status.PLANNED));
    }

    @Test
    void theSamePageTwiceIsStoredOnce() {
        Reading r = trip("a.html", "Vladivostok", 43.12, 131.89, "2023-09-16", "Moscow");
        try (Store store = Store.open(dir)) {
            assertTrue(store.put(r, eventsOf(r)));
            assertFalse(store.put(r, eventsOf(r)));
            Reading copy = trip("copy-of-a.html", "Vladivostok", 43.12, 131.89, "2023-09-16", "Moscow");
            assertFalse(store.put(copy, eventsOf(copy)), "same content under another name");
            assertEquals(1, store.articles());
            assertEquals(2, store.eventCount());
        }
    }

    /** An article of the given text with no entities: what copy detection looks at is the text alone. */
    static Reading plain(String source, String title, String text) {
        Article a = new Article(source, title, PublishedDate.ofDate(LocalDate.of(2024, 5, 2), "test"), null, null,
                List.of(), "en", null, null, text, List.of());
        return new Reading(a, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static final String WIRE = "The harbour authority of Port Elsa said on Thursday that the new container "
            + "terminal would open in June, two months later than planned, after storms damaged the northern quay. "
            + "Director Mara Quint told reporters that repairs to the quay had cost more than expected and that the "
            + "first ships would be turned away until the cranes were tested. Shipping companies had been told of the "
            + "delay last week, she said, and most had already moved their calls to the older terminal in the south. "
            + "The city council will discuss the cost of the repairs at its meeting next Tuesday.";

    @Test
    void aSyndicatedCopyIsStoredAndMarkedAsACopyOfTheFirst() {
        String edited = "PORT ELSA (Wire) - " + WIRE.replace("told reporters", "said")
                .replace("The city council will discuss the cost of the repairs at its meeting next Tuesday.",
                        "The council meets on Tuesday.");
        String other = "The harbour authority of Port Elsa said on Thursday that its fishing fleet had a record "
                + "season, with catches of cod and herring up by a third on last year. Fishermen credited the cold "
                + "spring and new quotas agreed with the neighbouring ports, and the authority plans to extend the "
                + "fish market on the western quay before the autumn. Prices at the market fell slightly as the "
                + "catches came in, traders said, but the season's takings were still the highest in ten years.";
        try (Store store = Store.open(dir)) {
            assertTrue(store.put(plain("wire.html", "Terminal delayed", WIRE), List.of()));
            assertTrue(store.put(plain("other.html", "Record catches", other), List.of()));
            assertTrue(store.put(plain("paper.html", "Port terminal opening delayed to June", edited), List.of()),
                    "a copy is stored too: it may carry its own byline, date and source");
            assertTrue(store.put(plain("reprint.html", "Delay", edited + " Reporting by the newsroom."), List.of()));
            assertEquals(4, store.articles());
            assertEquals(2, store.copyCount());
            assertEquals(java.util.Map.of("paper.html", "wire.html", "reprint.html", "wire.html"), store.copies(),
                    "the same-topic story by other words is no copy; a copy of a copy points to the first");
            SearchHit hit = store.search("cranes", 10).stream().filter(h -> h.document().equals("paper.html"))
                    .findFirst().orElseThrow();
            assertEquals("wire.html", hit.copyOf());
        }
    }

    @Test
    void aCopyOfAnArticleStoredInAnEarlierRunIsFound() {
        try (Store store = Store.open(dir)) {
            store.put(plain("wire.html", "Terminal delayed", WIRE), List.of());
        }
        try (Store store = Store.open(dir)) {
            assertTrue(store.put(plain("paper.html", "Delay", "PORT ELSA (Wire) - " + WIRE), List.of()));
            assertEquals(java.util.Map.of("paper.html", "wire.html"), store.copies(),
                    "the first run's article is found through the index, not among this run's own");
        }
    }

    @Test
    void copiesOfArticlesIndexedBeforeSketchesAreFound() throws IOException {
        try (Store store = Store.open(dir)) {
            store.put(plain("wire.html", "Terminal delayed", WIRE), List.of());
        }
        // Index the article as a version without near-copy sketches did: its hash and text only.
        try (FSDirectory lucene = FSDirectory.open(dir.resolve("lucene"));
             IndexWriter writer = new IndexWriter(lucene, new IndexWriterConfig(new StandardAnalyzer()))) {
            writer.deleteAll();
            Document doc = new Document();
            doc.add(new StringField(FullText.HASH, Store.hash(plain("wire.html", "Terminal delayed", WIRE).article()),
                    Field.Store.YES));
            doc.add(new TextField("text", WIRE, Field.Store.NO));
            writer.addDocument(doc);
        }
        try (Store store = Store.open(dir)) {
            store.put(plain("paper.html", "Port terminal delayed", "PORT ELSA (Wire) - " + WIRE), List.of());
            assertEquals(java.util.Map.of("paper.html", "wire.html"), store.copies());
        }
    }

    @Test
    void aPlaceIsFoundUnderEachOfItsNamesAcrossArticles() {
        Geo primorye = new Geo(43.17, 131.91, "geonames-admin1:RU.59");
        Reading a = trip("a.html", "Primorye", primorye, "2023-09-16", "Moscow");
        Reading b = trip("b.html", "Primorsky Krai", primorye, "2023-09-17", "Moscow");
        Reading c = trip("c.html", "Khabarovsk Krai", new Geo(50.0, 136.0, "geonames-admin1:RU.30"), "2023-09-15",
                "Moscow");
        try (Store store = Store.open(dir)) {
            for (Reading r : List.of(a, b, c)) {
                store.put(r, eventsOf(r));
            }
            for (String name : List.of("Primorye", "primorsky krai")) {
                List<StoredEvent> there = store.events(new EventQuery(null, null, null, name));
                assertEquals(List.of("a.html", "b.html"), there.stream().map(StoredEvent::document).toList(), name);
            }
            Geo russia = new Geo(55.75, 37.62, "iso3166:RU");
            for (String[] doc : List.of(new String[]{"d.html", "Russia"}, new String[]{"e.html", "Russian Federation"})) {
                String text = doc[1] + " signed the accord.";
                Article art = new Article(doc[0], null, PublishedDate.ofDate(LocalDate.of(2023, 9, 1), "test"), null,
                        null, List.of(), "en", null, null, text, List.of());
                Entity signer = new Entity("e1", doc[1], EntityType.LOCATION, List.of(),
                        List.of(new Span(0, doc[1].length())), russia);
                store.put(new Reading(art, List.of(), List.of(signer), List.of(), List.of(), List.of()),
                        List.of(new Event("v1", EventType.SIGN, 0, text.length(), text, "e1", List.of(), null,
                                "2023-09-01", Precision.DAY, List.of(), Event.Polarity.POSITIVE, Event.Status.HAPPENED)));
            }
            assertEquals(List.of("d.html", "e.html"), store.timeline("Russia").stream().map(StoredEvent::document)
                    .toList(), "what a country did, under either name");
        }
    }

    /** An article of one sentence whose only entity, {@code who}, signs something. */
    private static Reading signing(String source, String who, EntityType type) {
        String text = who + " signed the accord.";
        Article art = new Article(source, null, PublishedDate.ofDate(LocalDate.of(2023, 9, 1), "test"), null, null,
                List.of(), "en", null, null, text, List.of());
        Entity signer = new Entity("e1", who, type, List.of(), List.of(new Span(0, who.length())), null);
        return new Reading(art, List.of(), List.of(signer), List.of(), List.of(), List.of());
    }

    private static List<Event> signed(Reading r) {
        String text = r.article().text();
        return List.of(new Event("v1", EventType.SIGN, 0, text.length(), text, "e1", List.of(), null, "2023-09-01",
                Precision.DAY, List.of(), Event.Polarity.POSITIVE, Event.Status.HAPPENED));
    }

    @Test
    void anEntityIsFoundUnderTheNamesOtherArticlesGiveIt() {
        Reading trip = trip("a.html", "Vladivostok", 43.12, 131.89, "2023-09-16", "Moscow");
        try (Store store = Store.open(dir)) {
            store.put(trip, eventsOf(trip));
            for (Reading r : List.of(signing("b.html", "Kim", EntityType.PERSON),
                    signing("c.html", "Chrysler LLC", EntityType.ORGANIZATION),
                    signing("d.html", "Shoigu Group", EntityType.ORGANIZATION))) {
                store.put(r, signed(r));
            }
            assertEquals(List.of("b.html", "a.html"), store.timeline("Kim Jong Un").stream()
                    .map(StoredEvent::document).distinct().toList(), "the article that says only \"Kim\" is about him");
            assertEquals(List.of("c.html"), store.timeline("Chrysler").stream().map(StoredEvent::document).toList(),
                    "a company without its legal form");
            assertEquals(List.of("a.html"), store.timeline("Sergey Shoigu").stream().map(StoredEvent::document)
                    .distinct().toList(), "a company is not the person whose name it shares");
        }
    }

    @Test
    void reopeningKeepsEverythingAndRebuildsALostIndex() throws IOException {
        Reading r = trip("a.html", "Vladivostok", 43.12, 131.89, "2023-09-16", "Moscow");
        try (Store store = Store.open(dir)) {
            store.put(r, eventsOf(r));
        }
        // As if the run had been killed after the database commit and before the index commit.
        try (Stream<Path> files = Files.walk(dir.resolve("lucene"))) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        try (Store store = Store.open(dir)) {
            assertEquals(1, store.articles());
            List<SearchHit> hits = store.search("shoigu", 10);
            assertEquals(1, hits.size());
            assertEquals("a.html", hits.get(0).document());
            assertTrue(hits.get(0).snippet().contains("Shoigu"), hits.get(0).snippet());
            assertTrue(store.search("pyongyang", 10).isEmpty());
        }
    }

    @Test
    void itineraryMergesDocumentsAndLeavesPlansOut() {
        Reading a = trip("a.html", "Vladivostok", 43.12, 131.89, "2023-09-16", "Moscow");
        Reading b = trip("b.html", "Komsomolsk-on-Amur", 50.55, 137.01, "2023-09-15", "Moscow");
        Reading c = trip("c.html", "Vladivostok", 43.12, 131.89, "2023-09-16", "Minsk");   // another report, same stop
        try (Store store = Store.open(dir)) {
            for (Reading r : List.of(a, b, c)) {
                store.put(r, eventsOf(r));
            }
            Itinerary it = store.itinerary("kim jong un");
            assertEquals("Kim Jong Un", it.who());
            assertEquals(2, it.stops().size(), it.toString());
            assertEquals("Komsomolsk-on-Amur", it.stops().get(0).place());
            assertEquals(LocalDate.of(2023, 9, 15), it.stops().get(0).date());
            Itinerary.Stop vladivostok = it.stops().get(1);
            assertEquals(List.of("a.html", "c.html"), vladivostok.documents());
            assertEquals(List.of("Sergey Shoigu"), vladivostok.with());
            assertNull(store.itinerary("Nobody Atall"));
        }
    }

    @Test
    void timelineAndEventQueries() {
        Reading a = trip("a.html", "Vladivostok", 43.12, 131.89, "2023-09-16", "Moscow");
        Reading b = trip("b.html", "Komsomolsk-on-Amur", 50.55, 137.01, "2023-09-15", "Moscow");
        try (Store store = Store.open(dir)) {
            store.put(a, eventsOf(a));
            store.put(b, eventsOf(b));
            List<StoredEvent> shoigu = store.timeline("Shoigu");
            assertEquals(2, shoigu.size());
            assertEquals("2023-09-15", shoigu.get(0).time());
            assertEquals("Kim Jong Un", shoigu.get(0).agent());
            List<StoredEvent> inVladivostok = store.events(new EventQuery(EventType.VISIT, null, null, "vladivostok"));
            assertEquals(1, inVladivostok.size());
            assertEquals("a.html", inVladivostok.get(0).document());
            List<StoredEvent> fromThe16th = store.events(new EventQuery(null, LocalDate.of(2023, 9, 16), null, null));
            assertEquals(1, fromThe16th.size());
            assertEquals(4, store.events(EventQuery.all()).size());
        }
    }
}
