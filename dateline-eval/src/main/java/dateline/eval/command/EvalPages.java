package dateline.eval.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dateline.article.Article;
import dateline.article.ArticleExtractor;
import dateline.command.ExitStatus;
import dateline.command.InputOptions;
import dateline.command.TemporaryFolder;
import dateline.eval.PageScorer;
import dateline.event.Itinerary;
import dateline.json.Json;
import dateline.json.ReadingJson;
import dateline.page.Page;
import dateline.page.PageReader;
import dateline.pipeline.Pipeline;
import dateline.store.Store;
import dateline.store.StoreJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * {@code dateline eval pages GOLD|DIR...}: real pages against hand-made gold in the reference page's format, scored
 * item by item as {@code shared/tools/score_reading.py} scores the command line's output, in one process.
 */
@Command(name = "pages", mixinStandardHelpOptions = true,
        description = {"Score the reading of real pages against hand-made gold files (*.gold.json, the reference "
                + "page's format): article, times, entities, coreference, geocoding, quotes, attributions, negation, "
                + "events and itinerary, per page and overall, as ../shared/tools/score_reading.py scores them."})
final class EvalPages implements Callable<Integer> {
    @Parameters(paramLabel = "GOLD", arity = "1..*", description = "Gold files, or folders holding *.gold.json files.")
    List<Path> paths;

    @CommandLine.Mixin
    PartOption part;

    @Option(names = "--misses", description = "List every gold item missed, under its page.")
    boolean misses;

    @Option(names = "--min", paramLabel = "PCT", defaultValue = "0",
            description = "Exit with status 1 when the overall share of gold items is under PCT.")
    double min;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> golds = part.of(EvalReading.files(paths, ".gold.json"));
        if (golds.isEmpty()) {
            err.println("dateline: no gold files in the " + part.part + " part of " + paths);
            return ExitStatus.USAGE;
        }
        err.println("loading models…");
        err.flush();
        ArticleExtractor extractor = new ArticleExtractor();
        Pipeline pipeline = new Pipeline(extractor);
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        Map<String, int[]> total = new LinkedHashMap<>();
        int errors = 0;
        try {
            List<Future<PageScorer.Score>> scores = new ArrayList<>();
            for (Path gold : golds) {
                scores.add(pool.submit(() -> score(gold, extractor, pipeline, err)));
            }
            for (int i = 0; i < golds.size(); i++) {
                String name = golds.get(i).getFileName().toString();
                PageScorer.Score s;
                try {
                    s = scores.get(i).get();
                } catch (java.util.concurrent.ExecutionException e) {
                    out.println(name + ": ERROR " + e.getCause().getMessage());
                    errors++;
                    continue;
                }
                out.println(name + ": " + counts(s.counts()));
                if (misses) {
                    s.misses().forEach(m -> out.println("   miss " + m));
                }
                s.addTo(total);
            }
        } finally {
            pool.shutdownNow();
        }
        int all = total.values().stream().mapToInt(c -> c[0]).sum() + errors;
        int right = total.values().stream().mapToInt(c -> c[1]).sum();
        double share = all == 0 ? 0 : 100.0 * right / all;
        out.printf("overall (%s, %d pages): %s -> %.1f%% of gold items%n", part.part, golds.size(), counts(total), share);
        out.flush();
        return share >= min ? ExitStatus.OK : ExitStatus.SOME_FAILED;
    }

    private static String counts(Map<String, int[]> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()[1] + "/" + e.getValue()[0])
                .collect(Collectors.joining(", "));
    }

    /** Reads the gold's page as {@code read} does and, where the gold has an itinerary, stores it as {@code itinerary} does. */
    private static PageScorer.Score score(Path goldFile, ArticleExtractor extractor, Pipeline pipeline, PrintWriter err)
            throws IOException {
        JsonNode gold = Json.READER.readTree(Files.readString(goldFile));
        Path input = goldFile.toAbsolutePath().getParent().resolve(gold.get("input").asText());
        Page page = firstPage(input, err);
        Article article = extractor.extract(page);
        Pipeline.Result r = pipeline.apply(article);
        ObjectNode reading = ReadingJson.document(r.reading()).set("events", ReadingJson.events(r.events()));
        JsonNode itinerary = null;
        JsonNode wanted = gold.get("itinerary");
        if (wanted != null && !wanted.isNull()) {
            String who = wanted.get("who").asText();
            try (TemporaryFolder dir = new TemporaryFolder("dateline-eval-pages-"); Store store = Store.open(dir.path())) {
                if (!article.text().isBlank()) { // as ingest: an empty article is reported, not stored
                    store.put(r.reading(), r.events());
                }
                Itinerary it = store.itinerary(who);
                itinerary = StoreJson.itinerary(it == null ? new Itinerary(who, List.of()) : it);
            }
        }
        return PageScorer.score(gold, reading, itinerary);
    }

    /** The input's first page, as {@code read} takes it; what cannot be read is said on {@code err}. */
    private static Page firstPage(Path input, PrintWriter err) {
        int maxMb = (int) (PageReader.DEFAULT_MAX_BYTES >> 20);
        List<Page> pages = InputOptions.of(List.of(input.toString()), maxMb).readAll(err);
        if (pages.isEmpty()) {
            throw new IllegalArgumentException(input + ": no page to read");
        }
        return pages.get(0);
    }
}
