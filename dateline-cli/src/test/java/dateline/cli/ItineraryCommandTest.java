package dateline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dateline.json.Json;
import dateline.store.Store;
import dateline.store.StoreJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole chain (extract, read, geocode, events, store, itinerary) on the seed page and on two pages written for
 * these tests: a tour of several cities with dates written several ways, a denied visit and planned ones; and a trip
 * whose stops include a country. Loads the reading models once.
 */
class ItineraryCommandTest {
    @TempDir
    Path store;

    private static final String SEED = "../examples/kim-russia-trip.txt";
    private static final String TOUR = "src/test/resources/pages/varga-tour.txt";
    private static final String ASIA = "src/test/resources/pages/haddad-asia.txt";

    private static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1), p2 = Math.toRadians(lat2);
        double h = Math.pow(Math.sin((p2 - p1) / 2), 2)
                + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(Math.toRadians(lon2 - lon1) / 2), 2);
        return 6371 * 2 * Math.asin(Math.sqrt(h));
    }

    private static void stop(JsonNode s, String date, double lat, double lon) {
        assertEquals(date, s.get("date").isNull() ? null : s.get("date").asText(), s.toString());
        double d = km(s.get("lat").asDouble(), s.get("lon").asDouble(), lat, lon);
        assertTrue(d <= 60, s.get("place") + " is " + Math.round(d) + " km from where it should be");
        assertTrue(s.get("evidence").asText().length() > 20, s.toString());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void itinerariesFromPagesIngestedFirst() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.commandLine(new PrintWriter(out), new PrintWriter(err)).execute("itinerary", "Kim Jong Un",
                SEED, TOUR, ASIA, "--store", store.toString(), "--format", "json");
        assertEquals(0, status, err.toString());
        JsonNode kim = Json.READER.readTree(out.toString());
        assertEquals("Kim Jong Un", kim.get("who").asText());
        JsonNode stops = kim.get("stops");
        assertEquals(5, stops.size(), stops.toString());
        stop(stops.get(0), "2023-09-13", 51.88, 128.33);
        assertTrue(texts(stops.get(0).get("with")).contains("Vladimir Putin"), stops.get(0).toString());
        stop(stops.get(1), "2023-09-15", 50.55, 137.01);
        // Knevichi airport and Vladivostok, same day, in the order the article tells them.
        stop(stops.get(2), "2023-09-16", 43.40, 132.15);
        assertTrue(texts(stops.get(2).get("with")).contains("Sergey Shoigu"), stops.get(2).toString());
        stop(stops.get(3), "2023-09-16", 43.12, 131.89);
        stop(stops.get(4), "2023-09-17", 43.35, 132.19);
        assertEquals(List.of("TASS"), texts(stops.get(4).get("sources")));
        assertEquals(List.of(SEED), texts(stops.get(4).get("documents")));

        try (Store s = Store.open(store)) {
            assertEquals(3, s.articles());
            JsonNode varga = StoreJson.itinerary(s.itinerary("Varga"));
            assertEquals("Elena Varga", varga.get("who").asText());
            JsonNode v = varga.get("stops");
            assertEquals(5, v.size(), v.toString());      // not Brazil (denied), Brasilia or Canberra (planned)
            stop(v.get(0), "2024-03-04", -34.61, -58.38);
            stop(v.get(1), "2024-03-06", -33.45, -70.67);
            stop(v.get(2), "2024-03-08", -12.05, -77.04);
            stop(v.get(3), "2024-03-08", -12.06, -77.12); // "touring the port of Callao": the same day, after Lima
            stop(v.get(4), "2024-03-12", 47.50, 19.04);

            JsonNode h = StoreJson.itinerary(s.itinerary("Amir Haddad")).get("stops");
            assertEquals(3, h.size(), h.toString());
            assertEquals("Japan", h.get(0).get("place").asText());
            assertEquals("2024-05-13", h.get(0).get("date").asText());
            stop(h.get(1), "2024-05-14", 35.69, 139.69);
            assertTrue(texts(h.get(1).get("with")).contains("Kenji Mori"), h.get(1).toString());
            stop(h.get(2), "2024-05-15", 37.57, 126.98);
        }

        // The same person as an entity across the store: his names, company, events and the same stops.
        ExtractCommandTest.Run entity = ExtractCommandTest.run("entity", "Kim", "--store", store.toString(),
                "--format", "json");
        JsonNode profile = Json.READER.readTree(entity.out());
        assertEquals("Kim Jong Un", profile.get("name").asText());
        assertEquals("PERSON", profile.get("type").asText());
        assertEquals(1, profile.get("articles").asInt());
        assertEquals(5, profile.get("itinerary").get("stops").size());
        List<String> names = new ArrayList<>();
        profile.get("names").forEach(n -> names.add(n.get("name").asText()));
        assertTrue(names.contains("Kim Jong Un") && names.contains("Kim"), names.toString());
        List<String> together = new ArrayList<>();
        profile.get("together").forEach(n -> together.add(n.get("name").asText()));
        assertTrue(together.contains("Vladimir Putin") && !together.contains("Kim Jong Un"), together.toString());
        assertTrue(ExtractCommandTest.run("entity", "Kim Jong Un", "--store", store.toString()).out()
                .startsWith("Kim Jong Un (PERSON): "));

        // Ingesting the same pages again stores nothing new.
        StringWriter again = new StringWriter();
        assertEquals(0, Main.commandLine(new PrintWriter(again), new PrintWriter(err)).execute("ingest", SEED, TOUR,
                "--store", store.toString()));
        assertTrue(again.toString().startsWith("stored 0 new articles (2 already there)"), again.toString());
    }

    @Test
    void readingsPrintedByReadAndImportedGiveTheItineraryIngestGives(@TempDir Path dir) throws Exception {
        ExtractCommandTest.Run read = ExtractCommandTest.run("read", "--format", "json", SEED);
        assertEquals(0, read.status(), read.err());
        java.nio.file.Files.writeString(dir.resolve("seed.jsonl"), read.out());
        String imported = dir.resolve("imported").toString();
        ExtractCommandTest.Run imp = ExtractCommandTest.run("import", dir.resolve("seed.jsonl").toString(),
                "--store", imported);
        assertTrue(imp.out().startsWith("stored 1 new articles (0 already there), 0 failed"), imp.out() + imp.err());

        ExtractCommandTest.Run fromImport = ExtractCommandTest.run("itinerary", "Kim Jong Un", "--store", imported,
                "--format", "json");
        ExtractCommandTest.Run fromIngest = ExtractCommandTest.run("itinerary", "Kim Jong Un", SEED, "--store",
                dir.resolve("ingested").toString(), "--format", "json");
        assertEquals(5, Json.READER.readTree(fromImport.out()).get("stops").size(), fromImport.out());
        assertEquals(fromIngest.out(), fromImport.out());
    }

    @Test
    void theReferencePageAndAnEditedCopyAreOneStoryAndTheStopsOnce(@TempDir Path dir) throws Exception {
        String page = java.nio.file.Files.readString(Path.of(SEED));
        Path edited = java.nio.file.Files.writeString(dir.resolve("kim-edited.txt"), page
                .replace("is on his way home after concluding", "is heading home after concluding")
                .replace("See Also", "Reporting by the wire desk.\n\nSee Also"));
        String store = dir.resolve("store").toString();
        ExtractCommandTest.Run it = ExtractCommandTest.run("itinerary", "Kim Jong Un", SEED, edited.toString(),
                "--store", store, "--format", "json");
        assertEquals(0, it.status(), it.err());

        JsonNode stops = Json.READER.readTree(it.out()).get("stops");
        assertEquals(5, stops.size(), stops.toString());
        for (JsonNode stop : stops) {
            assertEquals(List.of(SEED, edited.toString()), texts(stop.get("documents")), stop.toString());
        }
        JsonNode story = Json.READER.readTree(ExtractCommandTest.run("stories", "--store", store, "--format", "json")
                .out());
        assertEquals(1, story.get("articles").asInt());
        assertEquals(1, story.get("copies").asInt(), "the edited copy is in the story of its original");
        JsonNode whole = Json.READER.readTree(ExtractCommandTest.run("story", story.get("id").asText(), "--store",
                store, "--format", "json").out());
        assertEquals(2, whole.get("members").size());
        assertEquals(SEED, whole.get("members").get(0).get("document").asText());
        assertTrue(whole.get("members").get(0).get("copy_of").isNull());
        assertEquals(SEED, whole.get("members").get(1).get("copy_of").asText());
        assertEquals("Kim Jong Un", whole.get("entities").get(0).get("name").asText());
    }
}
