package dateline.eval.command;

import com.fasterxml.jackson.databind.JsonNode;
import dateline.article.Article;
import dateline.article.ArticleExtractor;
import dateline.command.Batch;
import dateline.command.ExitStatus;
import dateline.json.Json;
import dateline.page.Page;
import dateline.page.PageFailure;
import dateline.page.PageReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * {@code dateline eval extraction DIR}: article bodies scored with the benchmark's 4-gram shingle P/R/F1 against
 * {@code DIR/ground-truth.json}, and publication dates against {@code DIR/publication-dates/} when present. Pages are
 * read without their URL, as the benchmark's extractors were run.
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = {"Score article extraction on a folder laid out like the article-extraction benchmark: "
                + "html/<id>.html.gz, ground-truth.json, optional reference-outputs/ and publication-dates/.",
                "Body: 4-gram shingle precision, recall, F1 and exact-token accuracy. Dates: share of dated pages "
                        + "whose day is right, and dates emitted on undated pages."})
final class EvalExtraction implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "The benchmark folder.")
    Path dir;

    @Option(names = "--reference", paramLabel = "NAME",
            description = "Also score reference-outputs/NAME.json.gz (repeatable; 'all' for every one).")
    List<String> references = new ArrayList<>();

    @Option(names = "--worst", paramLabel = "N", defaultValue = "0",
            description = "List the N pages with the lowest F1 (and every wrong date), for error analysis.")
    int worst;

    @CommandLine.Mixin
    PartOption part;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path truth = dir.resolve("ground-truth.json");
        if (!Files.isRegularFile(truth)) {
            spec.commandLine().getErr().println("dateline: " + truth + ": no ground-truth.json in this folder");
            return ExitStatus.USAGE;
        }
        ArticleExtractor extractor = new ArticleExtractor();
        Map<String, String> gold = inPart(field(Json.READER.readValue(truth.toFile()), "articleBody"));
        Map<String, Article> ours = extractAll(extractor, dir.resolve("html"));
        Map<String, String> bodies = new TreeMap<>();
        ours.forEach((id, a) -> bodies.put(id, a.text()));
        report(out, "dateline", bodies, gold);
        if (worst > 0) {
            listWorst(out, bodies, gold);
        }
        for (String name : referenceNames()) {
            Path file = dir.resolve("reference-outputs").resolve(name + ".json.gz");
            if (!Files.isRegularFile(file)) {
                spec.commandLine().getErr().println("dateline: " + file + ": no such reference output");
                return ExitStatus.USAGE;
            }
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                report(out, name, field(Json.READER.readTree(in), "articleBody"), gold);
            }
        }
        Path dates = dir.resolve("publication-dates");
        if (Files.isRegularFile(dates.resolve("ground-truth.json"))) {
            scoreDates(out, extractor, dates);
        }
        return ExitStatus.OK;
    }

    private List<String> referenceNames() throws IOException {
        if (!references.contains("all")) {
            return references;
        }
        try (Stream<Path> files = Files.list(dir.resolve("reference-outputs"))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json.gz"))
                    .map(n -> n.substring(0, n.length() - ".json.gz".length()))
                    .sorted().toList();
        }
    }

    private void report(PrintWriter out, String name, Map<String, String> predicted, Map<String, String> gold) {
        List<ShingleScore.Page> pages = new ArrayList<>();
        gold.forEach((id, body) -> pages.add(ShingleScore.page(predicted.getOrDefault(id, ""), body)));
        ShingleScore.Corpus c = ShingleScore.corpus(pages);
        out.printf("body %-15s F1 %.3f ± %.3f  P %.3f  R %.3f  accuracy %.3f  (%d pages)%n", name, c.f1(),
                ShingleScore.bootstrapF1Sd(pages, 1000, 0), c.precision(), c.recall(), c.accuracy(), c.pages());
        out.flush();
    }

    private void listWorst(PrintWriter out, Map<String, String> predicted, Map<String, String> gold) {
        record Row(String id, ShingleScore.Page score) {
        }
        List<Row> rows = new ArrayList<>();
        gold.forEach((id, body) -> rows.add(new Row(id, ShingleScore.page(predicted.getOrDefault(id, ""), body))));
        rows.sort(Comparator.comparingDouble(r -> r.score().f1()));
        for (Row r : rows.subList(0, Math.min(worst, rows.size()))) {
            out.printf("  worst %s  F1 %.3f  P %.3f  R %.3f%n", r.id(), r.score().f1(), r.score().precision(),
                    r.score().recall());
        }
    }

    private void scoreDates(PrintWriter out, ArticleExtractor extractor, Path dates) throws IOException {
        Map<String, String> gold = inPart(field(Json.READER.readValue(dates.resolve("ground-truth.json").toFile()), "date"));
        Map<String, Article> ours = extractAll(extractor, dates.resolve("html"));
        int dated = 0;
        int right = 0;
        int emitted = 0;
        int invented = 0;
        int undated = 0;
        for (Map.Entry<String, String> e : gold.entrySet()) {
            Article a = ours.get(e.getKey());
            String day = a == null || a.published() == null ? null : a.published().date().toString();
            if (e.getValue() == null) {
                undated++;
                invented += day == null ? 0 : 1;
                if (day != null && worst > 0) {
                    out.printf("  date %s  gold none  ours %s (%s)%n", e.getKey(), day, a.published().from());
                }
                continue;
            }
            dated++;
            emitted += day == null ? 0 : 1;
            right += e.getValue().equals(day) ? 1 : 0;
            if (!e.getValue().equals(day) && worst > 0) {
                out.printf("  date %s  gold %s  ours %s%n", e.getKey(), e.getValue(),
                        day == null ? "none" : day + " (" + a.published().from() + ")");
            }
        }
        out.printf("dates accuracy %.3f  (%d/%d dated pages right, %d emitted; %d dates emitted on %d undated pages)%n",
                dated == 0 ? 0 : (double) right / dated, right, dated, emitted, invented, undated);
    }

    /** Every page of a folder, extracted, by id (the file name up to its first dot). Failures count as empty. */
    private Map<String, Article> extractAll(ArticleExtractor extractor, Path folder) {
        Map<String, Article> out = new TreeMap<>();
        PrintWriter err = spec.commandLine().getErr();
        new PageReader().read(folder.toString(), new PageReader.Sink() {
            @Override
            public void page(Page page) {
                try {
                    out.put(id(page.source()), extractor.extract(page));
                } catch (RuntimeException | StackOverflowError e) {
                    err.println("dateline: " + page.source() + ": failed: " + Batch.describe(e));
                }
            }

            @Override
            public void failure(PageFailure failure) {
                err.println("dateline: " + failure.message());
            }
        });
        return out;
    }

    /** The gold of the chosen part's pages only. */
    private Map<String, String> inPart(Map<String, String> gold) {
        Map<String, String> out = new TreeMap<>();
        gold.forEach((id, v) -> {
            if (part.holds(id)) {
                out.put(id, v);
            }
        });
        return out;
    }

    static String id(String source) {
        String name = Path.of(source).getFileName().toString();
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private static Map<String, String> field(JsonNode root, String name) {
        Map<String, String> out = new TreeMap<>();
        root.fields().forEachRemaining(e -> {
            JsonNode v = e.getValue().get(name);
            out.put(e.getKey(), v == null || v.isNull() ? null : v.asText());
        });
        return out;
    }
}
