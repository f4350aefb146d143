package dateline.web;

import com.fasterxml.jackson.databind.JsonNode;
import dateline.json.Json;
import dateline.store.Store;
import dateline.store.StoreJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The API and the page, served from a real store on a free port. */
class WebServerTest {
    private static final String TEXT = TestStore.TEXT;

    @TempDir
    static Path dir;
    private static Store store;
    private static WebServer web;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void serve() {
        store = TestStore.open(dir);
        web = WebServer.start(store, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        web.close();
        store.close();
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> fields(JsonNode o) {
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void anArticleComesBackAsJsonWithItsMentionsAndEvents() throws Exception {
        HttpResponse<String> r = get("/api/article?document=" + q("visit.html"));
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        JsonNode a = Json.READER.readTree(r.body());
        assertEquals(TEXT, a.get("text").asText(), "the text as stored, markup and all, inside a JSON string");
        JsonNode ana = a.get("entities").get(0);
        assertEquals("Ana Lopez", ana.get("name").asText());
        assertEquals(TEXT.lastIndexOf("Ana Lopez"), ana.get("mentions").get(1).get(0).asInt());
        assertEquals(41.15, a.get("entities").get(1).get("lat").asDouble(), 1e-9);
        assertEquals(2, a.get("events").size());
        JsonNode planned = a.get("events").get(1);
        assertEquals("planned", planned.get("status").asText(), "lower case, as the command line writes it");
        assertEquals("positive", planned.get("polarity").asText());
        assertEquals("Lisbon", planned.get("place").asText(), "names in place of the reading's ids");
        assertEquals("visit.html", planned.get("document").asText());
        assertEquals(404, get("/api/article?document=" + q("nowhere.html")).statusCode());
        assertFalse(a.get("text_truncated").asBoolean());
    }

    @Test
    void answersAreBoundedWhateverTheStoreHolds() throws Exception {
        JsonNode huge = Json.READER.readTree(get("/api/article?document=" + q("huge.html")).body());
        assertEquals(StoreJson.MAX_TEXT_CHARS, huge.get("text").asText().length());
        assertTrue(huge.get("text_truncated").asBoolean());

        HttpResponse<String> first = get("/api/events?limit=1");
        assertEquals("2", first.headers().firstValue("X-Total-Count").orElse(""), "the count of all, not of the page");
        JsonNode page1 = Json.READER.readTree(first.body());
        JsonNode page2 = Json.READER.readTree(get("/api/events?limit=1&offset=1").body());
        assertEquals(1, page1.size());
        assertEquals(1, page2.size());
        assertEquals("Porto", page1.get(0).get("place").asText());
        assertEquals("Lisbon", page2.get(0).get("place").asText());
        assertEquals(0, Json.READER.readTree(get("/api/timeline?name=" + q("Ana Lopez") + "&offset=5").body()).size());
    }

    @Test
    void itineraryKeepsWhatHappenedAndEventsFilter() throws Exception {
        JsonNode it = Json.READER.readTree(get("/api/itinerary?name=" + q("ana lopez")).body());
        assertEquals("Ana Lopez", it.get("who").asText());
        assertEquals(1, it.get("stops").size(), "the planned visit is no stop: " + it);
        assertEquals("Porto", it.get("stops").get(0).get("place").asText());
        assertEquals("2024-05-06", it.get("stops").get(0).get("date").asText());
        JsonNode lisbon = Json.READER.readTree(get("/api/events?place=Lisbon").body());
        assertEquals(1, lisbon.size());
        assertEquals(List.of("type", "cameo", "time", "time_precision", "agent", "with", "place", "place_precision",
                "lat", "lon", "sources", "polarity", "status", "text", "document", "title"), fields(lisbon.get(0)),
                "the fields of `events --format json`, in its order");
        assertEquals("Ana Lopez", lisbon.get(0).get("agent").asText());
        assertEquals("VISIT", lisbon.get(0).get("type").asText());
        assertEquals("planned", lisbon.get(0).get("status").asText());
        assertEquals("city", lisbon.get(0).get("place_precision").asText(), "a geonames id is a city or town");
        assertEquals(38.72, lisbon.get(0).get("lat").asDouble(), 1e-9);
        assertEquals(0, Json.READER.readTree(get("/api/events?from=2024-06-01").body()).size());
        assertEquals(404, get("/api/itinerary?name=Nobody").statusCode());
    }

    @Test
    void anEntityAcrossTheStore() throws Exception {
        JsonNode ana = Json.READER.readTree(get("/api/entity?name=" + q("Lopez")).body());
        assertEquals("Ana Lopez", ana.get("name").asText());
        assertEquals("PERSON", ana.get("type").asText());
        assertEquals(1, ana.get("itinerary").get("stops").size());
        assertEquals("Porto", ana.get("itinerary").get("stops").get(0).get("place").asText());
        assertEquals(ana.get("timeline").size(), Json.READER.readTree(get("/api/timeline?name=" + q("Ana Lopez"))
                .body()).size());
        assertEquals(404, get("/api/entity?name=Nobody").statusCode());
        assertEquals("name", Json.READER.readTree(get("/api/entity").body()).get("parameter").asText());
    }

    @Test
    void storiesAndOneStory() throws Exception {
        JsonNode stories = Json.READER.readTree(get("/api/stories?about=" + q("Ana Lopez")).body());
        assertTrue(stories.size() >= 1, stories.toString());
        long id = stories.get(0).get("id").asLong();
        JsonNode story = Json.READER.readTree(get("/api/story?id=" + id).body());
        assertEquals(story.get("articles").asInt() + story.get("copies").asInt(), story.get("members").size());
        assertEquals(404, get("/api/story?id=99999").statusCode());
        assertEquals("id", Json.READER.readTree(get("/api/story?id=x").body()).get("parameter").asText());
        assertEquals("id", Json.READER.readTree(get("/api/story").body()).get("parameter").asText());
        assertEquals("from", Json.READER.readTree(get("/api/stories?from=soon").body()).get("parameter").asText());
    }

    @Test
    void searchAndTheLatestArticles() throws Exception {
        JsonNode hits = Json.READER.readTree(get("/api/search?q=" + q("porto")).body());
        assertEquals("visit.html", hits.get(0).get("document").asText());
        assertTrue(hits.get(0).get("snippet").asText().contains("Porto"));
        assertEquals("A visit to Porto", Json.READER.readTree(get("/api/articles").body()).get(0).get("title").asText());
    }

    @Test
    void searchPagesAndFacetsNarrowIt() throws Exception {
        String both = "/api/search?q=" + q("porto OR long");
        HttpResponse<String> page = get(both + "&limit=1");
        assertEquals("2", page.headers().firstValue("X-Total-Count").orElse(""));
        assertEquals(1, Json.READER.readTree(page.body()).size());
        JsonNode second = Json.READER.readTree(get(both + "&limit=1&offset=1").body());
        assertEquals(java.util.Set.of("visit.html", "huge.html"), java.util.Set.of(
                Json.READER.readTree(page.body()).get(0).get("document").asText(),
                second.get(0).get("document").asText()));
        JsonNode narrowed = Json.READER.readTree(get(both + "&place=porto").body());
        assertEquals(1, narrowed.size());
        assertEquals("visit.html", narrowed.get(0).get("document").asText());
        assertEquals(0, Json.READER.readTree(get(both + "&type=SIGN").body()).size());

        JsonNode facets = Json.READER.readTree(get("/api/facets?q=" + q("porto OR long")).body());
        assertEquals(2, facets.get("total").asInt());
        assertEquals("[{\"value\":\"Ana Lopez\",\"articles\":1}]", facets.get("entities").toString());
        assertEquals("[{\"value\":\"Lisbon\",\"articles\":1},{\"value\":\"Porto\",\"articles\":1}]",
                facets.get("places").toString());
        assertEquals("[{\"value\":\"VISIT\",\"articles\":1}]", facets.get("types").toString());
        assertEquals("[{\"value\":\"2024-05\",\"articles\":1}]", facets.get("months").toString());
        assertEquals("[{\"value\":\"example.com\",\"articles\":1}]", facets.get("outlets").toString());
        JsonNode outlet = Json.READER.readTree(get(both + "&outlet=WWW.example.com").body());
        assertEquals("visit.html", outlet.get(0).get("document").asText());
        assertEquals(1, outlet.size());
        assertEquals("type", Json.READER.readTree(get("/api/facets?q=porto&type=PICNIC").body()).get("parameter")
                .asText());
    }

    @Test
    void badRequestsSayWhatIsWrong() throws Exception {
        HttpResponse<String> missing = get("/api/search");
        assertEquals(400, missing.statusCode());
        assertEquals("the query parameter 'q' is missing", Json.READER.readTree(missing.body()).get("error").asText());
        assertEquals("q", Json.READER.readTree(missing.body()).get("parameter").asText());
        for (String[] bad : new String[][] {{"/api/events?from=yesterday", "from"}, {"/api/events?type=PICNIC", "type"},
                {"/api/search?q=" + q("(unclosed"), "q"}, {"/api/articles?limit=many", "limit"},
                {"/api/events?offset=-", "offset"}, {"/api/timeline?name=x&limit=1e9", "limit"}}) {
            HttpResponse<String> r = get(bad[0]);
            assertEquals(400, r.statusCode(), bad[0]);
            assertEquals(bad[1], Json.READER.readTree(r.body()).get("parameter").asText(), bad[0] + " " + r.body());
        }
        HttpResponse<String> noRoute = get("/api/nothing-here");
        assertEquals(404, noRoute.statusCode());
        assertTrue(noRoute.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("no such route: GET /api/nothing-here", Json.READER.readTree(noRoute.body()).get("error").asText());
        HttpResponse<String> complex = get("/api/search?q=" + java.net.URLEncoder.encode("/(a|b)*a(a|b){20}/",
                java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(400, complex.statusCode(), complex.body());
        assertTrue(complex.body().contains("too complex"), complex.body());
    }

    @Test
    void thePageAndItsScriptsAreServedAndTheScriptWritesNoMarkup() throws Exception {
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<script src=\"/app.js\"></script>"), page.body());
        assertEquals(200, get("/webjars/leaflet/1.9.4/dist/leaflet.js").statusCode());
        HttpResponse<String> countries = get("/world-atlas/countries-110m.json");
        assertEquals(200, countries.statusCode());
        assertEquals("Topology", Json.READER.readTree(countries.body()).get("type").asText());
        assertEquals(200, get("/world-atlas/LICENSE").statusCode());
        // Every script of the page's own, as index.html loads them: none writes markup, none runs a string.
        java.util.regex.Matcher src = java.util.regex.Pattern.compile("<script src=\"(/[\\w.-]+\\.js)\"></script>")
                .matcher(page.body());
        List<String> scripts = new java.util.ArrayList<>();
        while (src.find()) {
            scripts.add(src.group(1));
        }
        assertTrue(scripts.containsAll(List.of("/dom.js", "/map.js", "/timeline.js", "/exports.js", "/app.js")),
                scripts.toString());
        StringBuilder all = new StringBuilder();
        for (String path : scripts) {
            HttpResponse<String> r = get(path);
            assertEquals(200, r.statusCode(), path);
            String script = r.body();
            all.append(script);
            for (String sink : List.of("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                    "new Function", "setAttribute('on", "DOMParser", "createContextualFragment")) {
                assertFalse(script.contains(sink), path + " must not turn stored text into markup or code: " + sink);
            }
            // Leaflet sets a string tooltip or popup as HTML: only an element built with textContent may be passed.
            java.util.regex.Matcher bound = java.util.regex.Pattern.compile("bind(?:Tooltip|Popup)\\((\\w+)").matcher(script);
            while (bound.find()) {
                assertTrue(script.contains(bound.group(1) + ".textContent ="), path + ": a Leaflet label from text: "
                        + bound.group(1));
            }
        }
        assertTrue(all.toString().contains("textContent"));
        assertTrue(all.toString().contains("createTextNode"));
    }
}
