package dateline.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dateline.event.EventType;
import dateline.json.Json;
import dateline.store.EventQuery;
import dateline.store.SearchQuery;
import dateline.store.SearchResult;
import dateline.store.Store;
import dateline.store.StoreJson;
import dateline.store.StoredEvent;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Dateline on the web: a JSON API over a {@link Store} and the page in {@code /public} that uses it. The API is the
 * store's own queries, one route each, answered with the JSON the command line prints for them ({@link StoreJson});
 * the page builds every element with {@code textContent}, never markup from the store, and the
 * Content-Security-Policy lets only the page's own files run, so an article's text cannot inject anything.
 * {@code /openapi.json} describes every route, its parameters, answers and the one error shape, for other clients.
 *
 * <pre>{@code try (WebServer web = WebServer.start(store, "127.0.0.1", 7070)) { ... } }</pre>
 */
public final class WebServer implements AutoCloseable {
    /** Most hits or articles one answer lists: every answer is bounded in size, whatever the store holds. */
    static final int MAX_LIMIT = 200;
    /** How many hits, articles or stories an answer lists when the asker does not say. */
    static final int DEFAULT_LIMIT = 20;
    /** Most events one answer lists; {@code offset} pages through the rest, {@code X-Total-Count} says how many. */
    static final int MAX_EVENTS = 1000;
    private static final String ANSWERED = "dateline.answered";
    private static final String POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self';"
            + " script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** The OpenAPI description of every route, read once: it is part of the build, like the page. */
    private static final byte[] DESCRIPTION = description();

    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    /** Serves the store on this address (port 0: any free port); the store must stay open while it runs. */
    public static WebServer start(Store store, String host, int port) {
        Objects.requireNonNull(store, "store");
        Javalin app = Javalin.create(config -> {
            config.staticFiles.add("/public", Location.CLASSPATH);
            config.staticFiles.enableWebjars();
            config.jetty.host = host;
            config.jetty.port = port;
            config.routes.before(ctx -> ctx.header("Content-Security-Policy", POLICY)
                    .header("X-Content-Type-Options", "nosniff").header("Referrer-Policy", "no-referrer"));
            config.routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(DESCRIPTION));
            config.routes.get("/api/articles", ctx ->
                    answer(ctx, store, () -> StoreJson.hits(store.recent(limit(ctx))), null));
            config.routes.get("/api/search", ctx -> {
                SearchQuery q = searchQuery(ctx);
                answer(ctx, store, () -> {
                    SearchResult r = searching(() -> store.search(q));
                    ctx.header("X-Total-Count", String.valueOf(r.total()));
                    return StoreJson.hits(r.hits());
                }, null);
            });
            config.routes.get("/api/facets", ctx -> {
                SearchQuery q = searchQuery(ctx);
                answer(ctx, store, () -> StoreJson.facets(searching(() -> store.facets(q))), null);
            });
            config.routes.get("/api/article", ctx -> {
                String document = required(ctx, "document");
                answer(ctx, store, () -> orNull(store.article(document), StoreJson::article),
                        "no stored article from " + document);
            });
            config.routes.get("/api/events", ctx -> {
                EventQuery q = new EventQuery(type(ctx.queryParam("type")), date(ctx, "from"), date(ctx, "to"),
                        blankToNull(ctx.queryParam("place")));
                Slice slice = slice(ctx);
                answer(ctx, store, () -> slice.of(ctx, store.events(q)), null);
            });
            config.routes.get("/api/timeline", ctx -> {
                String name = required(ctx, "name");
                Slice slice = slice(ctx);
                answer(ctx, store, () -> slice.of(ctx, store.timeline(name)), null);
            });
            config.routes.get("/api/itinerary", ctx -> {
                String name = required(ctx, "name");
                answer(ctx, store, () -> orNull(store.itinerary(name), StoreJson::itinerary),
                        "nobody called " + name + " in the store");
            });
            config.routes.get("/api/entity", ctx -> {
                String name = required(ctx, "name");
                answer(ctx, store, () -> orNull(store.entity(name), StoreJson::entity),
                        "nobody and nothing called " + name + " in the store");
            });
            config.routes.get("/api/stories", ctx -> {
                LocalDate from = date(ctx, "from");
                LocalDate to = date(ctx, "to");
                String about = blankToNull(ctx.queryParam("about"));
                int limit = limit(ctx);
                answer(ctx, store, () -> {
                    ArrayNode array = Json.array();
                    store.stories(from, to, about, limit).forEach(st -> array.add(StoreJson.story(st, false)));
                    return array;
                }, null);
            });
            config.routes.get("/api/story", ctx -> {
                long id = number(ctx, "id", -1, 0, Integer.MAX_VALUE);
                if (id < 0) {
                    throw new BadParameter("id", "the query parameter 'id' is missing");
                }
                answer(ctx, store, () -> orNull(store.story(id), st -> StoreJson.story(st, true)),
                        "no story " + id + " in the store");
            });
            config.routes.exception(BadParameter.class, (e, ctx) ->
                    json(ctx.status(HttpStatus.BAD_REQUEST), error(e.getMessage()).put("parameter", e.parameter)));
            config.routes.error(HttpStatus.NOT_FOUND, ctx -> {
                // A route that is not there, rather than a thing a route did not find: what the description
                // covers answers in its one error shape, the page's files as Javalin does.
                if (ctx.attribute(ANSWERED) == null && (ctx.path().startsWith("/api/") || ctx.path().equals("/api")
                        || ctx.path().equals("/openapi.json"))) {
                    json(ctx, error("no such route: " + ctx.method() + " " + ctx.path()));
                }
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                // The asker learns only that it failed; the cause goes to the server's log, where it can be mended.
                System.err.println("dateline serve: " + ctx.method() + " " + ctx.path() + " failed:");
                e.printStackTrace(System.err);
                json(ctx.status(HttpStatus.INTERNAL_SERVER_ERROR), error("internal error"));
            });
        });
        app.start();
        return new WebServer(app);
    }

    /** The port it listens on. */
    public int port() {
        return app.port();
    }

    /**
     * Every route as "METHOD /path", filters left out: what the OpenAPI description must document, read from the
     * router itself so that a route added without documenting it cannot go unnoticed.
     */
    List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream().map(p -> p.endpoint)
                .filter(e -> e.method.isHttpMethod()).map(e -> e.method.name() + " " + e.path).toList();
    }

    @Override
    public void close() {
        app.stop();
    }

    /**
     * Answers with the JSON of what the store returns for a query; null is a 404 with {@code notFound} as its
     * message. The store holds one database connection, so queries take turns.
     */
    private static void answer(Context ctx, Store store, Supplier<JsonNode> query, String notFound) {
        JsonNode answer;
        synchronized (store) {
            answer = query.get();
        }
        if (answer == null) {
            ctx.attribute(ANSWERED, true);
            json(ctx.status(HttpStatus.NOT_FOUND), error(notFound));
        } else {
            json(ctx, answer);
        }
    }

    private static byte[] description() {
        try (InputStream in = WebServer.class.getResourceAsStream("/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> JsonNode orNull(T found, Function<T, JsonNode> writer) {
        return found == null ? null : writer.apply(found);
    }

    /** A request a parameter of which is missing or wrong: a 400 that names it. */
    private static final class BadParameter extends RuntimeException {
        final String parameter;

        BadParameter(String parameter, String message) {
            super(message, null, false, false);
            this.parameter = parameter;
        }
    }

    /** The words, the facet values that narrow them, and the page: what /api/search and /api/facets take. */
    private static SearchQuery searchQuery(Context ctx) {
        return new SearchQuery(required(ctx, "q"), blankToNull(ctx.queryParam("entity")), type(ctx.queryParam("type")),
                blankToNull(ctx.queryParam("place")), blankToNull(ctx.queryParam("outlet")), date(ctx, "from"),
                date(ctx, "to"), number(ctx, "offset", 0, 0, SearchQuery.MOST_OFFSET), limit(ctx));
    }

    /** A query that does not parse, or is too costly to run, is the asker's: a 400 naming {@code q}. */
    private static <T> T searching(Supplier<T> search) {
        try {
            return search.get();
        } catch (IllegalArgumentException e) {
            throw new BadParameter("q", e.getMessage());
        }
    }

    /** Which slice of a long list of events to answer with. */
    private record Slice(int offset, int limit) {
        ArrayNode of(Context ctx, List<StoredEvent> events) {
            ctx.header("X-Total-Count", String.valueOf(events.size()));
            int from = Math.min(offset, events.size());
            return StoreJson.events(events.subList(from, Math.min(events.size(), from + limit)));
        }
    }

    private static Slice slice(Context ctx) {
        return new Slice(number(ctx, "offset", 0, 0, Integer.MAX_VALUE), number(ctx, "limit", MAX_EVENTS, 1, MAX_EVENTS));
    }

    private static ObjectNode error(String message) {
        return Json.object().put("error", message);
    }

    private static void json(Context ctx, JsonNode body) {
        ctx.contentType("application/json").result(Json.line(body));
    }

    private static String required(Context ctx, String name) {
        String v = blankToNull(ctx.queryParam(name));
        if (v == null) {
            throw new BadParameter(name, "the query parameter '" + name + "' is missing");
        }
        return v;
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static int limit(Context ctx) {
        return number(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    }

    /** A whole-number parameter, held within its bounds; absent, the default. */
    private static int number(Context ctx, String name, int otherwise, int min, int max) {
        String v = blankToNull(ctx.queryParam(name));
        if (v == null) {
            return otherwise;
        }
        try {
            return (int) Math.max(min, Math.min(max, Long.parseLong(v)));
        } catch (NumberFormatException e) {
            throw new BadParameter(name, name + " must be a whole number, not " + v);
        }
    }

    private static LocalDate date(Context ctx, String name) {
        String v = blankToNull(ctx.queryParam(name));
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new BadParameter(name, name + " must be a date like 2023-09-15, not " + v);
        }
    }

    private static EventType type(String v) {
        v = blankToNull(v);
        if (v == null) {
            return null;
        }
        try {
            return EventType.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadParameter("type", "no event type " + v);
        }
    }
}
