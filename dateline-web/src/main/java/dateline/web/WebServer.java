package dateline.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dateline.event.EventType;
import dateline.store.EventQuery;
import dateline.store.Store;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Dateline on the web: a JSON API over a {@link Store} and the page in {@code /public} that uses it. The API is the
 * store's own queries, one route each; the page builds every element with {@code textContent}, never markup from the
 * store, and the Content-Security-Policy lets only the page's own files run, so an article's text cannot inject
 * anything.
 *
 * <pre>{@code try (WebServer web = WebServer.start(store, "127.0.0.1", 7070)) { ... } }</pre>
 */
public final class WebServer implements AutoCloseable {
    private static final int MAX_LIMIT = 200;
    private static final String POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self';"
            + " script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    /** Serves the store on this address (port 0: any free port); the store must stay open while it runs. */
    public static WebServer start(Store store, String host, int port) {
        Objects.requireNonNull(store, "store");
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        Javalin app = Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(json, false));
            config.staticFiles.add("/public", Location.CLASSPATH);
            config.staticFiles.enableWebjars();
            config.jetty.host = host;
            config.jetty.port = port;
            config.routes.before(ctx -> ctx.header("Content-Security-Policy", POLICY)
                    .header("X-Content-Type-Options", "nosniff").header("Referrer-Policy", "no-referrer"));
            config.routes.get("/api/articles", ctx -> answer(ctx, store, () -> store.recent(limit(ctx)), null));
            config.routes.get("/api/search", ctx -> {
                String q = required(ctx, "q");
                answer(ctx, store, () -> store.search(q, limit(ctx)), null);
            });
            config.routes.get("/api/article", ctx -> {
                String document = required(ctx, "document");
                answer(ctx, store, () -> store.article(document), "no stored article from " + document);
            });
            config.routes.get("/api/events", ctx -> {
                EventQuery q = new EventQuery(type(ctx.queryParam("type")), date(ctx, "from"), date(ctx, "to"),
                        blankToNull(ctx.queryParam("place")));
                answer(ctx, store, () -> store.events(q), null);
            });
            config.routes.get("/api/timeline", ctx -> {
                String name = required(ctx, "name");
                answer(ctx, store, () -> store.timeline(name), null);
            });
            config.routes.get("/api/itinerary", ctx -> {
                String name = required(ctx, "name");
                answer(ctx, store, () -> store.itinerary(name), "nobody called " + name + " in the store");
            });
            config.routes.exception(IllegalArgumentException.class, (e, ctx) ->
                    ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("error", e.getMessage())));
        });
        app.start();
        return new WebServer(app);
    }

    /** The port it listens on. */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    /**
     * Answers with what the store returns for a query, as JSON; null is a 404 with {@code notFound} as its message.
     * The store holds one database connection, so queries take turns.
     */
    private static void answer(Context ctx, Store store, Supplier<Object> query, String notFound) {
        Object answer;
        synchronized (store) {
            answer = query.get();
        }
        if (answer == null) {
            ctx.status(HttpStatus.NOT_FOUND).json(Map.of("error", notFound));
        } else {
            ctx.json(answer);
        }
    }

    private static String required(Context ctx, String name) {
        String v = blankToNull(ctx.queryParam(name));
        if (v == null) {
            throw new IllegalArgumentException("the query parameter '" + name + "' is missing");
        }
        return v;
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static int limit(Context ctx) {
        String v = blankToNull(ctx.queryParam("limit"));
        if (v == null) {
            return 20;
        }
        try {
            return Math.max(1, Math.min(MAX_LIMIT, Integer.parseInt(v)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("limit must be a number, not " + v);
        }
    }

    private static LocalDate date(Context ctx, String name) {
        String v = blankToNull(ctx.queryParam(name));
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a date like 2023-09-15, not " + v);
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
            throw new IllegalArgumentException("no event type " + v);
        }
    }
}
