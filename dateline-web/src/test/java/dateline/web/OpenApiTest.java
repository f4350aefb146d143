package dateline.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dateline.event.EventType;
import dateline.json.Json;
import dateline.reading.EntityType;
import dateline.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OpenAPI description at {@code /openapi.json} against the server that serves it: the same routes, and every
 * route answers its examples, its missing things and its bad parameters as the description says.
 */
class OpenApiTest {
    @TempDir
    static Path dir;
    private static Store store;
    private static WebServer web;
    private static JsonNode api;
    private static SchemaCheck schemas;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void serve() throws Exception {
        store = TestStore.open(dir);
        web = WebServer.start(store, "127.0.0.1", 0);
        api = Json.READER.readTree(get("/openapi.json").body());
        schemas = new SchemaCheck(api);
    }

    @AfterAll
    static void stop() {
        web.close();
        store.close();
    }

    /** One documented operation: "GET /api/search" and what the description says of it. */
    private record Operation(String method, String path, JsonNode spec) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static List<Operation> operations() {
        List<Operation> ops = new ArrayList<>();
        api.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op ->
                ops.add(new Operation(op.getKey().toUpperCase(Locale.ROOT), path.getKey(), op.getValue()))));
        return ops;
    }

    private static List<JsonNode> parameters(Operation op) {
        List<JsonNode> params = new ArrayList<>();
        op.spec().path("parameters").forEach(p -> params.add(schemas.resolve(p)));
        return params;
    }

    /** The documented answer of an operation to a status, its $ref followed; missing when none is documented. */
    private static JsonNode response(Operation op, int status) {
        JsonNode r = op.spec().get("responses").path(String.valueOf(status));
        return r.isMissingNode() ? r : schemas.resolve(r);
    }

    private static HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The request for an operation with these query parameters (a null value: left out). */
    private static HttpResponse<String> call(Operation op, Map<String, String> query) throws Exception {
        StringBuilder url = new StringBuilder(op.path());
        char sep = '?';
        for (Map.Entry<String, String> q : query.entrySet()) {
            if (q.getValue() != null) {
                url.append(sep).append(q.getKey()).append('=').append(URLEncoder.encode(q.getValue(), StandardCharsets.UTF_8));
                sep = '&';
            }
        }
        return get(url.toString());
    }

    /** Each parameter the filter keeps, by name, with the value it gives (null: leave the parameter out). */
    private static Map<String, String> query(Operation op, Function<JsonNode, String> value) {
        Map<String, String> query = new LinkedHashMap<>();
        for (JsonNode p : parameters(op)) {
            query.put(p.get("name").asText(), value.apply(p));
        }
        return query;
    }

    private static String example(JsonNode parameter) {
        assertTrue(parameter.has("example"), "a parameter without an example: " + parameter);
        return parameter.get("example").asText();
    }

    /** Checks an answer against what the operation documents for its status: the JSON, its schema, its headers. */
    private static JsonNode assertAnswers(Operation op, int status, HttpResponse<String> r) throws IOException {
        String what = r.request().method() + " " + r.uri().getRawPath()
                + (r.uri().getRawQuery() == null ? "" : "?" + r.uri().getRawQuery());
        assertEquals(status, r.statusCode(), what + ": " + r.body());
        JsonNode documented = response(op, status);
        assertFalse(documented.isMissingNode(), what + " documents no " + status);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), what);
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"), what);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), what);
        JsonNode body = Json.READER.readTree(r.body());
        JsonNode schema = documented.get("content").get("application/json").get("schema");
        assertEquals(List.of(), schemas.problems(schema, body), what);
        Optional<String> total = r.headers().firstValue("X-Total-Count");
        assertEquals(documented.path("headers").has("X-Total-Count"), total.isPresent(), what + " X-Total-Count");
        total.ifPresent(t -> assertTrue(Integer.parseInt(t) >= body.size(), what + " counts " + t));
        return body;
    }

    @Test
    void theDescriptionIsServedAsJsonWithTheSecurityHeaders() throws Exception {
        HttpResponse<String> r = get("/openapi.json");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElse(""));
        try (InputStream in = WebServer.class.getResourceAsStream("/openapi.json")) {
            assertArrayEquals(in.readAllBytes(), r.body().getBytes(StandardCharsets.UTF_8), "the resource as it is");
        }
        assertTrue(api.get("openapi").asText().startsWith("3.0."), api.get("openapi").asText());
        assertEquals(List.of(), schemas.problems(response(operations().stream()
                .filter(op -> op.path().equals("/openapi.json")).findFirst().orElseThrow(), 200)
                .at("/content/application~1json/schema"), api));
    }

    @Test
    void theDocumentedRoutesAreExactlyTheServersRoutes() throws Exception {
        TreeSet<String> documented = new TreeSet<>(operations().stream().map(Operation::toString).toList());
        assertEquals(new TreeSet<>(web.routes()), documented);
        assertTrue(documented.contains("GET /api/search") && documented.size() >= 10, documented.toString());
        for (String undocumented : List.of("GET /api/xyz", "GET /api", "POST /api/articles", "DELETE /openapi.json")) {
            String[] route = undocumented.split(" ");
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port()
                    + route[1])).method(route[0], HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, r.statusCode(), undocumented);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), undocumented);
            JsonNode error = Json.READER.readTree(r.body());
            assertEquals(List.of(), schemas.problems(api.at("/components/schemas/Error"), error), undocumented);
            assertEquals("no such route: " + undocumented, error.get("error").asText());
        }
    }

    @Test
    void everyRouteAnswersItsExamplesAsDocumented() throws Exception {
        for (Operation op : operations()) {
            JsonNode required = assertAnswers(op, 200,
                    call(op, query(op, p -> p.path("required").asBoolean() ? example(p) : null)));
            JsonNode all = assertAnswers(op, 200, call(op, query(op, OpenApiTest::example)));
            // An empty answer would match any array schema: the examples must find something in the test store.
            assertFalse(required.isEmpty() || all.isEmpty(), op + ": " + required + " / " + all);
        }
    }

    @Test
    void whatTheStoreLacksIsA404WhereOneIsDocumentedAndAnEmptyAnswerElsewhere() throws Exception {
        int notFound = 0;
        for (Operation op : operations()) {
            Map<String, String> absent = query(op, p -> !p.path("required").asBoolean() ? null
                    : schemas.resolve(p.get("schema")).get("type").asText().equals("integer")
                    ? schemas.resolve(p.get("schema")).get("maximum").asText() : "zzyzx");
            if (!absent.values().stream().allMatch(v -> v == null)) {
                boolean documented = !response(op, 404).isMissingNode();
                JsonNode body = assertAnswers(op, documented ? 404 : 200, call(op, absent));
                // Empty: no items, or (the facets) a count of none.
                assertTrue(documented ? !body.get("error").asText().isBlank()
                        : body.isEmpty() || body.path("total").asInt(-1) == 0, op + ": " + body);
                notFound += documented ? 1 : 0;
            }
        }
        assertEquals(4, notFound, "article, itinerary, entity and story document a 404, and nothing else");
    }

    @Test
    void everyBadParameterIsA400WithTheOneErrorShapeNamingIt() throws Exception {
        int cases = 0;
        for (Operation op : operations()) {
            for (JsonNode p : parameters(op)) {
                String name = p.get("name").asText();
                JsonNode schema = schemas.resolve(p.get("schema"));
                List<String> bad = new ArrayList<>();
                if (p.path("required").asBoolean()) {
                    bad.add(null);
                }
                if (schema.path("type").asText().equals("integer")) {
                    bad.addAll(List.of("many", "1.5", "1e9"));
                }
                if (schema.path("format").asText().equals("date")) {
                    bad.addAll(List.of("soon", "2024-13-01"));
                }
                if (schema.has("enum")) {
                    bad.add("PICNIC");
                }
                for (String value : bad) {
                    Map<String, String> query = query(op, other -> other == p ? value : example(other));
                    JsonNode error = assertAnswers(op, 400, call(op, query));
                    assertEquals(name, error.get("parameter").asText(), op + " " + query);
                    assertTrue(error.get("error").asText().contains(name), op + " " + query + ": " + error);
                    cases++;
                }
            }
        }
        assertEquals(53, cases, "every route's parameters were tried");
    }

    @Test
    void theDocumentedBoundsAndDefaultsAreTheServers() throws Exception {
        JsonNode limit = api.at("/components/parameters/limit/schema");
        assertEquals(WebServer.MAX_LIMIT, limit.get("maximum").asInt());
        assertEquals(WebServer.DEFAULT_LIMIT, limit.get("default").asInt());
        JsonNode events = api.at("/components/parameters/eventLimit/schema");
        assertEquals(WebServer.MAX_EVENTS, events.get("maximum").asInt());
        assertEquals(WebServer.MAX_EVENTS, events.get("default").asInt());
        // Out of bounds is the nearest bound, as the description says, not an error.
        HttpResponse<String> none = get("/api/events?limit=0");
        assertEquals(200, none.statusCode());
        assertEquals(1, Json.READER.readTree(none.body()).size());
        assertEquals("2", none.headers().firstValue("X-Total-Count").orElse(""));
        assertEquals(2, Json.READER.readTree(get("/api/events?limit=" + (WebServer.MAX_EVENTS + 1)).body()).size());
        assertEquals(200, get("/api/articles?limit=" + (WebServer.MAX_LIMIT * 10)).statusCode());
    }

    @Test
    void theEnumsAreTheCodes() {
        assertEquals(Arrays.stream(EventType.values()).map(Enum::name).toList(),
                strings(api.at("/components/schemas/EventType/enum")));
        assertEquals(Arrays.stream(EntityType.values()).map(Enum::name).toList(),
                strings(api.at("/components/schemas/EntityType/enum")));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    @Test
    void theCheckerRejectsWhatTheSchemasForbid() throws Exception {
        JsonNode event = api.at("/components/schemas/Event");
        ObjectNode good = (ObjectNode) Json.READER.readTree(get("/api/events?limit=1").body()).get(0);
        assertEquals(List.of(), schemas.problems(event, good));
        assertEquals(List.of("$.lat should be of type number: \"41.15\""),
                schemas.problems(event, good.deepCopy().put("lat", "41.15")));
        assertEquals(List.of("$ lacks the required property status"),
                schemas.problems(event, good.deepCopy().without("status")));
        assertEquals(List.of("$ has the undocumented property id"), schemas.problems(event, good.deepCopy().put("id", "v1")));
        assertEquals(List.of("$.document is null, which the schema does not allow"),
                schemas.problems(event, good.deepCopy().putNull("document")));
        assertEquals(List.of("$.status is none of [\"happened\",\"planned\",\"reported\"]: \"HAPPENED\""),
                schemas.problems(event, good.deepCopy().put("status", "HAPPENED")));
        assertEquals(List.of("$.with[0] should be of type string: 3"),
                schemas.problems(event, good.deepCopy().set("with", Json.array().add(3))));
        assertEquals(List.of("$ should be of type array: {}"), schemas.problems(
                api.at("/paths/~1api~1events/get/responses/200/content/application~1json/schema"), Json.object()));
        assertFalse(schemas.problems(api.at("/components/schemas/Stop"),
                Json.READER.readTree("{\"date\": \"2024-5-6\"}")).isEmpty());
    }
}
