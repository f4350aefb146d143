package dateline.eval.command;

import dateline.article.ArticleExtractor;
import dateline.command.ExitStatus;
import dateline.command.InputOptions;
import dateline.command.TemporaryFolder;
import dateline.page.Page;
import dateline.pipeline.Pipeline;
import dateline.reading.Entity;
import dateline.reading.EntityType;
import dateline.store.EventQuery;
import dateline.store.SearchQuery;
import dateline.store.Store;
import dateline.web.WebServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;

/**
 * {@code dateline bench query DIR}: a store of many articles, filled from a few real ones, and the time of each query
 * at that size, in the process and over the web API; and the time to add an article (store, copy check, story) as
 * the store grows.
 */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Fill a store with --articles articles made from the pages given (each the text and reading of "
                + "one page followed by another's, every ordered pair once, dated over 2023), printing the time to add "
                + "an article at 1,000, 3,000 and 10,000; then the p50 and p99 of search, its facets, entity, timeline, itinerary, "
                + "stories and events (by place), in the process and over the API.",
                "Targets: p99 under 50 ms for each query; adding an article under 20 ms.",
                "Example: ./dateline bench query ../shared/corpora/article-extraction/html"})
final class BenchQuery implements Callable<Integer> {
    private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
    private static final int[] CHECKPOINTS = {1_000, 3_000, 10_000, 30_000, 100_000};
    /** Adds timed before each checkpoint. */
    private static final int WINDOW = 500;

    @Mixin
    InputOptions input;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "10000",
            description = "Articles to store (default: ${DEFAULT-VALUE}; at most n·(n−1) for n pages).")
    int articles;

    @Option(names = "--queries", paramLabel = "N", defaultValue = "200",
            description = "Timed queries per kind, after 20 untimed (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--store", paramLabel = "DIR",
            description = "Store folder to fill (default: a temporary folder, deleted afterwards).")
    Path dir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long t0 = System.nanoTime();
        Pipeline pipeline = new Pipeline(new ArticleExtractor());
        List<Pipeline.Result> base = new ArrayList<>();
        for (Page page : input.readAll(err)) {
            base.add(pipeline.apply(page));
        }
        if (base.size() < 2 || SyntheticArticles.capacity(base.size()) < articles) {
            err.println("dateline: " + base.size() + " pages give at most " + SyntheticArticles.capacity(base.size())
                    + " distinct articles; give more pages or fewer --articles");
            return ExitStatus.USAGE;
        }
        out.printf("%d pages read in %.1f s (models included); %,d articles made from pairs of them, dated over 2023%n",
                base.size(), (System.nanoTime() - t0) / 1e9, articles);
        out.flush();
        List<String> names = leading(base, EntityType.PERSON, EntityType.ORGANIZATION);
        List<String> places = leading(base, EntityType.LOCATION);
        SyntheticArticles made = new SyntheticArticles(base, FIRST_DAY, articles);
        TemporaryFolder scratch = dir == null ? new TemporaryFolder("dateline-bench-") : null;
        try (Store store = Store.open(dir != null ? dir : scratch.path())) {
            fill(store, made, out);
            Map<String, IntConsumer> inProcess = new LinkedHashMap<>();
            inProcess.put("search", i -> store.search('"' + names.get(i % names.size()) + '"', 20));
            inProcess.put("facets", i -> store.facets(SearchQuery.of('"' + names.get(i % names.size()) + '"', 20)));
            inProcess.put("entity", i -> store.entity(names.get(i % names.size())));
            inProcess.put("timeline", i -> store.timeline(names.get(i % names.size())));
            inProcess.put("itinerary", i -> store.itinerary(names.get(i % names.size())));
            inProcess.put("stories", i -> store.stories(null, null, names.get(i % names.size()), 20));
            // By place alone: the events keep their readings' own dates, which the made articles' dates do not move.
            inProcess.put("events", i -> store.events(new EventQuery(null, null, null, places.get(i % places.size()))));
            boolean met = report(out, "in the process", inProcess);
            try (WebServer web = WebServer.start(store, "127.0.0.1", 0)) {
                String api = "http://127.0.0.1:" + web.port() + "/api/";
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                Map<String, IntConsumer> overApi = new LinkedHashMap<>();
                overApi.put("search", i -> get(http, api + "search?q=" + q('"' + names.get(i % names.size()) + '"')));
                overApi.put("facets", i -> get(http, api + "facets?q=" + q('"' + names.get(i % names.size()) + '"')));
                overApi.put("entity", i -> get(http, api + "entity?name=" + q(names.get(i % names.size()))));
                overApi.put("timeline", i -> get(http, api + "timeline?name=" + q(names.get(i % names.size()))));
                overApi.put("itinerary", i -> get(http, api + "itinerary?name=" + q(names.get(i % names.size()))));
                overApi.put("stories", i -> get(http, api + "stories?about=" + q(names.get(i % names.size()))));
                overApi.put("events", i -> get(http, api + "events?place=" + q(places.get(i % places.size()))));
                met &= report(out, "over the API", overApi);
            }
            out.println(met ? "target met: every query's p99 under 50 ms" : "target missed: some query's p99 is 50 ms or more");
            return ExitStatus.OK;
        } finally {
            if (scratch != null) {
                scratch.close();
            }
        }
    }

    /** Stores the articles, printing the time to add one over the adds before each checkpoint. */
    private void fill(Store store, SyntheticArticles made, PrintWriter out) {
        long[] window = new long[WINDOW];
        long start = System.nanoTime();
        for (int i = 0; i < articles; i++) {
            Pipeline.Result r = made.get(i);
            long t = System.nanoTime();
            store.put(r.reading(), r.events());
            window[i % WINDOW] = System.nanoTime() - t;
            int stored = i + 1;
            if (stored == articles || Arrays.stream(CHECKPOINTS).anyMatch(c -> c == stored)) {
                long[] sorted = Arrays.copyOf(window, Math.min(WINDOW, stored));
                Arrays.sort(sorted);
                out.printf("adding an article at %,7d stored (the last %d adds): p50 %.1f ms, p99 %.1f ms; %.0f s so far%n",
                        stored, sorted.length, percentile(sorted, 0.5) / 1e6, percentile(sorted, 0.99) / 1e6,
                        (System.nanoTime() - start) / 1e9);
                out.flush();
            }
        }
        out.printf("stored: %,d articles, %,d events, %,d near copies%n", store.articles(), store.eventCount(),
                store.copyCount());
    }

    /** Runs each kind of query, untimed first, and prints its p50 and p99; whether every p99 is under 50 ms. */
    private boolean report(PrintWriter out, String where, Map<String, IntConsumer> kinds) {
        boolean met = true;
        StringBuilder line = new StringBuilder(where + ":");
        for (Map.Entry<String, IntConsumer> kind : kinds.entrySet()) {
            for (int i = 0; i < 20; i++) {
                kind.getValue().accept(i);
            }
            long[] took = new long[queries];
            for (int i = 0; i < queries; i++) {
                long t = System.nanoTime();
                kind.getValue().accept(i);
                took[i] = System.nanoTime() - t;
            }
            Arrays.sort(took);
            double p99 = percentile(took, 0.99) / 1e6;
            met &= p99 < 50;
            line.append(String.format(" %s p50 %.1f ms p99 %.1f ms;", kind.getKey(), percentile(took, 0.5) / 1e6, p99));
        }
        out.println(line.substring(0, line.length() - 1));
        out.flush();
        return met;
    }

    /** The names the base readings mention most, of these types: what an analyst would ask about. */
    private static List<String> leading(List<Pipeline.Result> base, EntityType... types) {
        Map<String, Integer> counts = new HashMap<>();
        for (Pipeline.Result r : base) {
            for (Entity e : r.reading().entities()) {
                if (Arrays.asList(types).contains(e.type())) {
                    counts.merge(e.name(), e.mentions().size(), Integer::sum);
                }
            }
        }
        List<String> names = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(30).map(Map.Entry::getKey).toList();
        return names.isEmpty() ? List.of("nobody") : names;
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))];
    }

    private static void get(HttpClient http, String uri) {
        try {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200 && r.statusCode() != 404) {
                throw new IllegalStateException(uri + " answered " + r.statusCode());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
