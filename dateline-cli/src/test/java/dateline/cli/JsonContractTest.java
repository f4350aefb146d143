package dateline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dateline.article.Article;
import dateline.article.PublishedDate;
import dateline.event.Event;
import dateline.event.EventType;
import dateline.event.Precision;
import dateline.json.Json;
import dateline.reading.Entity;
import dateline.reading.EntityType;
import dateline.reading.Geo;
import dateline.reading.Reading;
import dateline.reading.Span;
import dateline.store.Store;
import dateline.web.WebServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One JSON contract: on the same store, the web API answers each query with the JSON the command prints for it with
 * {@code --format json}, field for field, enum values in lower case. The store is filled by hand, so no reading
 * models load.
 */
class JsonContractTest {
    private static final String TEXT = "Mayor Ines Duarte opened the bridge in Porto on Monday, the council said. "
            + "Duarte did not go to Lisbon. She will meet Rui Costa in Braga next week.";

    @TempDir
    static Path dir;

    @BeforeAll
    static void fill() {
        Article a = new Article("bridge.html", "Mayor opens bridge",
                PublishedDate.ofDate(LocalDate.of(2024, 6, 4), "test"), null, null, List.of(), "en", null, null, TEXT,
                List.of());
        List<Entity> names = List.of(
                entity("e1", "Ines Duarte", EntityType.PERSON, "Ines Duarte", null),
                entity("e2", "Porto", EntityType.LOCATION, "Porto", new Geo(41.15, -8.61, "geonames:2735943")),
                entity("e3", "Lisbon", EntityType.LOCATION, "Lisbon", new Geo(38.72, -9.14, "geonames:2267057")),
                entity("e4", "the council", EntityType.ORGANIZATION, "the council", null),
                entity("e5", "Rui Costa", EntityType.PERSON, "Rui Costa", null),
                entity("e6", "Braga", EntityType.LOCATION, "Braga", new Geo(41.55, -8.42, "geonames:2742032")));
        List<Event> events = List.of(
                event("v1", EventType.VISIT, "Mayor", "e2", "2024-06-03", List.of(), Event.Polarity.POSITIVE,
                        Event.Status.HAPPENED),
                event("v2", EventType.VISIT, "Duarte did", "e3", "2024-06-03", List.of("e4"),
                        Event.Polarity.NEGATIVE, Event.Status.HAPPENED),
                event("v3", EventType.MEET, "She will", "e6", null, List.of(), Event.Polarity.POSITIVE,
                        Event.Status.PLANNED));
        try (Store s = Store.open(dir)) {
            s.put(new Reading(a, List.of(), names, List.of(), List.of(), List.of()), events);
        }
    }

    private static Entity entity(String id, String name, EntityType type, String mention, Geo geo) {
        int at = TEXT.indexOf(mention);
        return new Entity(id, name, type, List.of(), List.of(new Span(at, at + mention.length())), geo);
    }

    /** An event in the sentence that starts with {@code opening}, with Ines Duarte as agent. */
    private static Event event(String id, EventType type, String opening, String place, String time,
                               List<String> sources, Event.Polarity polarity, Event.Status status) {
        int start = TEXT.indexOf(opening);
        int end = TEXT.indexOf('.', start) + 1;
        List<String> with = type == EventType.MEET ? List.of("e5") : List.of();
        return new Event(id, type, start, end, TEXT.substring(start, end), "e1", with, place, time,
                time == null ? null : Precision.DAY, sources, polarity, status);
    }

    /** What the command prints with {@code --format json}: each line parsed. */
    private static List<JsonNode> command(String... args) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--format", "json", "--store", dir.toString()));
        assertEquals(0, Main.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(all.toArray(String[]::new)),
                err.toString());
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isBlank()) {
                lines.add(Json.READER.readTree(line));
            }
        }
        return lines;
    }

    private static ArrayNode array(List<JsonNode> lines) {
        ArrayNode array = Json.array();
        lines.forEach(array::add);
        return array;
    }

    private static JsonNode api(WebServer web, String path) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return Json.READER.readTree(r.body());
    }

    private static List<String> fields(JsonNode o) {
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void theApiAnswersWithTheCommandsJson() throws Exception {
        List<JsonNode> events = command("events");
        List<JsonNode> visits = command("events", "--type", "VISIT", "--place", "Lisbon");
        List<JsonNode> timeline = command("timeline", "Ines Duarte");
        List<JsonNode> itinerary = command("itinerary", "Ines Duarte");
        List<JsonNode> hits = command("search", "bridge");

        assertEquals(3, events.size(), events.toString());
        assertEquals(1, visits.size(), visits.toString());
        JsonNode denied = visits.get(0);
        assertEquals(List.of("type", "cameo", "time", "time_precision", "agent", "with", "place", "place_precision",
                "lat", "lon", "sources", "polarity", "status", "text", "document", "title"), fields(denied));
        assertEquals("VISIT", denied.get("type").asText());
        assertEquals("negative", denied.get("polarity").asText());
        assertEquals("city", denied.get("place_precision").asText());
        assertEquals("happened", denied.get("status").asText());
        assertEquals("Ines Duarte", denied.get("agent").asText());
        assertEquals("the council", denied.get("sources").get(0).asText());
        assertEquals(38.72, denied.get("lat").asDouble(), 1e-9);
        assertEquals(List.of("happened", "happened", "planned"), events.stream().map(e -> e.get("status").asText())
                .sorted().toList());
        assertEquals(3, timeline.size(), timeline.toString());
        assertEquals(1, itinerary.size());
        assertEquals(1, itinerary.get(0).get("stops").size(), "only the visit that happened: " + itinerary);
        assertEquals("Porto", itinerary.get(0).get("stops").get(0).get("place").asText());
        assertEquals(1, hits.size(), hits.toString());
        assertEquals("bridge.html", hits.get(0).get("document").asText());

        try (Store s = Store.open(dir); WebServer web = WebServer.start(s, "127.0.0.1", 0)) {
            assertEquals(array(events), api(web, "/api/events"));
            assertEquals(array(visits), api(web, "/api/events?type=visit&place=Lisbon"));
            assertEquals(array(timeline), api(web, "/api/timeline?name=Ines%20Duarte"));
            assertEquals(itinerary.get(0), api(web, "/api/itinerary?name=Ines%20Duarte"));
            assertEquals(array(hits), api(web, "/api/search?q=bridge"));
            JsonNode article = api(web, "/api/article?document=bridge.html");
            assertEquals(3, article.get("events").size());
            for (JsonNode e : article.get("events")) {
                assertEquals(fields(denied), fields(e), "an article's events as `events` writes them");
            }
        }
    }
}
