package dateline.eval.command;

import dateline.command.ExitStatus;
import dateline.store.SearchHit;
import dateline.store.Store;
import dateline.web.WebServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * {@code dateline bench serve}: the web API under a steady load on loopback. Requests go out at a fixed rate whatever
 * the answers' pace (an open loop), and each latency counts from when its request was due, so a server that falls
 * behind shows it in the figures instead of slowing the load down.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Load the web API on loopback at a fixed rate and print, per route (search, article, itinerary, "
                + "timeline), the rate reached, errors and the p50, p99 and worst latency.",
                "Target: p99 under 100 ms at 200 requests/s. Fill the store first, e.g. "
                        + "./dateline itinerary \"Kim Jong Un\" examples/kim-russia-trip.txt"})
final class BenchServe implements java.util.concurrent.Callable<Integer> {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "dateline-data",
            description = "The store to serve (default: ./${DEFAULT-VALUE}, the one the README's first command fills).")
    Path dir;

    @Option(names = "--rate", paramLabel = "N", defaultValue = "200",
            description = "Requests per second on each route (default: ${DEFAULT-VALUE}).")
    int rate;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "10",
            description = "Seconds of load on each route, after 2 s of warm-up (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "Kim Jong Un",
            description = "Whose itinerary and timeline to ask for (default: ${DEFAULT-VALUE}).")
    String name;

    @Option(names = "--query", paramLabel = "Q", defaultValue = "visit",
            description = "What to search for (default: ${DEFAULT-VALUE}).")
    String query;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir)) {
            err.println("dateline: no store at " + dir + "; fill one first, e.g. ./dateline itinerary \"Kim Jong Un\" "
                    + "examples/kim-russia-trip.txt");
            return ExitStatus.USAGE;
        }
        try (Store store = Store.open(dir); WebServer web = WebServer.start(store, "127.0.0.1", 0)) {
            List<SearchHit> recent = store.recent(1);
            if (recent.isEmpty()) {
                err.println("dateline: the store at " + dir + " holds no articles");
                return ExitStatus.USAGE;
            }
            out.printf("%d articles, %d events in %s; %d requests/s per route for %d s, on loopback%n",
                    store.articles(), store.eventCount(), dir, rate, seconds);
            String base = "http://127.0.0.1:" + web.port();
            String[][] routes = {
                    {"search", "/api/search?q=" + q(query)},
                    {"article", "/api/article?document=" + q(recent.get(0).document())},
                    {"itinerary", "/api/itinerary?name=" + q(name)},
                    {"timeline", "/api/timeline?name=" + q(name)},
            };
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            boolean met = true;
            for (String[] route : routes) {
                URI uri = URI.create(base + route[1]);
                load(http, uri, 2); // warm-up: the JIT, the connection pool, the database's caches
                Result r = load(http, uri, seconds);
                out.printf("%-9s %6.0f req/s, %d errors, p50 %.1f ms, p99 %.1f ms, worst %.1f ms%n",
                        route[0], r.rate, r.errors, r.p50 / 1e6, r.p99 / 1e6, r.worst / 1e6);
                out.flush();
                met &= r.errors == 0 && r.p99 < 100e6;
            }
            out.println(met ? "target met: p99 under 100 ms and no errors on every route"
                    : "target missed on some route (p99 under 100 ms, no errors)");
            return ExitStatus.OK;
        }
    }

    private record Result(double rate, int errors, long p50, long p99, long worst) {
    }

    private Result load(HttpClient http, URI uri, int forSeconds) throws InterruptedException {
        int n = rate * forSeconds;
        long[] latency = new long[n];
        AtomicInteger errors = new AtomicInteger();
        List<CompletableFuture<?>> pending = new ArrayList<>(n);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build();
        long start = System.nanoTime();
        long interval = 1_000_000_000L / rate;
        for (int i = 0; i < n; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            int k = i;
            pending.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).handle((response, failure) -> {
                latency[k] = System.nanoTime() - due;
                if (failure != null || response.statusCode() != 200) {
                    errors.incrementAndGet();
                }
                return null;
            }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).orTimeout(60, TimeUnit.SECONDS)
                .exceptionally(e -> null).join();
        for (int i = 0; i < n; i++) {
            if (!pending.get(i).isDone()) { // no answer within the minute
                errors.incrementAndGet();
                latency[i] = System.nanoTime() - (start + i * interval);
            }
        }
        double took = (System.nanoTime() - start) / 1e9;
        long[] sorted = latency.clone();
        Arrays.sort(sorted);
        return new Result(n / took, errors.get(), sorted[n / 2], sorted[Math.min(n - 1, (int) (n * 0.99))], sorted[n - 1]);
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
