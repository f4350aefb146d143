package dateline.eval.command;

import dateline.article.Article;
import dateline.article.ArticleExtractor;
import dateline.command.Heap;
import dateline.command.Ingestion;
import dateline.command.TemporaryFolder;
import dateline.eval.HostileInputs;
import dateline.page.Page;
import dateline.page.PageFailure;
import dateline.page.PageReader;
import dateline.pipeline.Pipeline;
import dateline.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code dateline bench soak}: many generated hostile inputs through extraction, then fewer through the whole chain
 * into a store, counting what no run may show (a crash, an input nothing is said about) and printing the worst time
 * per input, peak heap and peak resident memory.
 */
@Command(name = "soak", mixinStandardHelpOptions = true,
        description = {"Run generated hostile inputs (truncated, binary, wide-charset, nested, giant, corrupt gzip and "
                + "WARC, hostile XML, …) through extract and through ingest, and print crashes, silent inputs, "
                + "one-line errors, the worst time per input and peak memory.",
                "Targets: 0 crashes, 0 silent, worst extraction under 2 s, worst reading under 10 s."})
final class BenchSoak implements Callable<Integer> {
    @Option(names = "--extract", paramLabel = "N", defaultValue = "100000",
            description = "Inputs through extraction (default: ${DEFAULT-VALUE}).")
    int extractCount;

    @Option(names = "--ingest", paramLabel = "N", defaultValue = "200",
            description = "Inputs through the whole chain into a temporary store (default: ${DEFAULT-VALUE}).")
    int ingestCount;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of the generated inputs; the same seed gives the same inputs (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--max-kb", paramLabel = "KB", defaultValue = "1024",
            description = "About the largest input to make, in KB (default: ${DEFAULT-VALUE}).")
    int maxKb;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** What one phase saw. */
    private static final class Tally {
        final String phase;
        int inputs, articles, failures, silent, crashes;
        final List<String> examples = new ArrayList<>();
        final Map<HostileInputs.Kind, Long> worstByKind = new EnumMap<>(HostileInputs.Kind.class);
        final long[] nanos;
        long totalNanos;

        Tally(String phase, int n) {
            this.phase = phase;
            this.nanos = new long[n];
        }

        void print(PrintWriter out) {
            long[] sorted = Arrays.copyOf(nanos, inputs);
            Arrays.sort(sorted);
            out.printf("%s: %d inputs in %.0f s, %d articles, %d one-line errors, %d crashes, %d silent; per input "
                            + "p50 %.1f ms, p99 %.1f ms, worst %.2f s%n", phase, inputs, totalNanos / 1e9, articles, failures,
                    crashes, silent, at(sorted, 0.50) / 1e6, at(sorted, 0.99) / 1e6, at(sorted, 1.0) / 1e9);
            out.println("  slowest classes: " + worstByKind.entrySet().stream()
                    .sorted(Map.Entry.<HostileInputs.Kind, Long>comparingByValue().reversed()).limit(5)
                    .map(e -> String.format("%s %.2f s", e.getKey(), e.getValue() / 1e9))
                    .collect(Collectors.joining(", ")));
            examples.forEach(e -> out.println("  " + e));
        }

        private static long at(long[] sorted, double q) {
            return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (q * sorted.length))];
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        HostileInputs inputs = new HostileInputs(seed, maxKb << 10);
        PageReader reader = new PageReader();
        ArticleExtractor extractor = new ArticleExtractor();

        Tally extract = run("extract", extractCount, inputs, reader, extractor::extract, err);
        extract.print(out);
        out.flush();

        Tally ingest;
        try (TemporaryFolder folder = new TemporaryFolder("dateline-soak-"); Store store = Store.open(folder.path())) {
            Pipeline pipeline = new Pipeline(extractor);
            ingest = run("ingest", ingestCount, inputs, reader, page -> {
                Article article = Ingestion.storable(extractor.extract(page));
                Pipeline.Result r = pipeline.apply(article);
                store.put(r.reading(), r.events());
                return article;
            }, err);
        }
        ingest.print(out);
        out.printf("peak heap used %.0f MB (max heap %.0f MB); peak resident memory %s%n", Heap.peakUsed() / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6, peakResident());
        out.flush();
        return extract.crashes + extract.silent + ingest.crashes + ingest.silent == 0 ? 0 : 1;
    }

    /**
     * Each input through the reader and {@code work}, as a batch runs them: an exception from {@code work} is the
     * batch's one-line error; anything escaping the reader, or an {@code Error}, is a crash.
     */
    private static Tally run(String phase, int count, HostileInputs inputs, PageReader reader,
                             Function<Page, Article> work, PrintWriter progress) {
        Tally t = new Tally(phase, count);
        for (int i = 0; i < count; i++) {
            HostileInputs.Input in = inputs.next();
            int[] said = new int[1];
            long start = System.nanoTime();
            try {
                reader.read(in.name(), new ByteArrayInputStream(in.bytes()), new PageReader.Sink() {
                    @Override
                    public void page(Page page) {
                        said[0]++;
                        try {
                            work.apply(page);
                            t.articles++;
                        } catch (RuntimeException e) {
                            t.failures++;
                        }
                    }

                    @Override
                    public void failure(PageFailure failure) {
                        said[0]++;
                        t.failures++;
                    }
                });
            } catch (RuntimeException | Error e) {
                t.crashes++;
                note(t, "crash on " + in.kind() + " " + oneLine(in.name()) + ": " + e);
            }
            long took = System.nanoTime() - start;
            t.nanos[t.inputs++] = took;
            t.totalNanos += took;
            t.worstByKind.merge(in.kind(), took, Math::max);
            if (said[0] == 0) {
                t.silent++;
                note(t, "nothing said about " + in.kind() + " " + oneLine(in.name()));
            }
            if ((i + 1) % 1000 == 0 || (phase.equals("ingest") && (i + 1) % 50 == 0)) {
                progress.printf("dateline: soak %s, %d of %d inputs%n", phase, i + 1, count);
                progress.flush();
            }
        }
        return t;
    }

    private static void note(Tally t, String example) {
        if (t.examples.size() < 10) {
            t.examples.add(example);
        }
    }

    private static String oneLine(String name) {
        return new PageFailure(name, "").message().replaceFirst(": $", "");
    }

    /** VmHWM from /proc (Linux); elsewhere it is not known. */
    private static String peakResident() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return String.format("%.0f MB", Long.parseLong(line.replaceAll("\\D", "")) / 1024.0);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return "unknown";
    }
}
