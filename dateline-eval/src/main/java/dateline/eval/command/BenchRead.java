package dateline.eval.command;

import dateline.article.Article;
import dateline.article.ArticleExtractor;
import dateline.command.ExitStatus;
import dateline.command.Heap;
import dateline.command.InputOptions;
import dateline.page.Page;
import dateline.reading.Reader;
import dateline.reading.Reading;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * {@code dateline bench read DIR}: reading throughput (articles/s, tokens/s) over articles extracted beforehand (the
 * extraction is not timed), with the models loaded once, on one thread and then on every core; and the heap it needs.
 */
@Command(name = "read", mixinStandardHelpOptions = true,
        description = {"Measure the reading stage: articles/s and tokens/s on one thread and on all cores, load time, "
                + "and heap (peak, and live after a collection).",
                "Run with DATELINE_HEAP=2g to check reading fits in 2 GB."})
final class BenchRead implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--clean", description = "The inputs are clean article text (no extraction).")
    boolean clean;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "20",
            description = "Articles read untimed first, for the JIT (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--passes", paramLabel = "PASSES", defaultValue = "1",
            description = "Timed passes over all articles (default: ${DEFAULT-VALUE}).")
    int passes;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Threads for the parallel run (default: every core).")
    int threads;

    @Option(names = "--baseline", paramLabel = "N", defaultValue = "30",
            description = "Also read the first N articles with CoreNLP's own default tokenize,ssplit,pos,lemma,ner "
                    + "pipeline and print Dateline's speed against it (0: skip; default: ${DEFAULT-VALUE}).")
    int baseline;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ArticleExtractor extractor = new ArticleExtractor();
        List<Article> articles = new ArrayList<>();
        for (Page page : input.readAll(err)) {
            articles.add(clean ? Article.ofCleanText(page) : extractor.extract(page));
        }
        if (articles.isEmpty()) {
            err.println("dateline: no articles to measure");
            return ExitStatus.USAGE;
        }
        long loadStart = System.nanoTime();
        Reader reader = new Reader();
        out.printf("%d articles; models loaded in %.1f s%n", articles.size(), (System.nanoTime() - loadStart) / 1e9);
        out.flush();
        for (int i = 0; i < warmup; i++) {
            reader.read(articles.get(i % articles.size()));
        }
        AtomicLong tokens = new AtomicLong();
        long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int p = 0; p < passes; p++) {
            for (Article a : articles) {
                tokens.addAndGet(tokens(reader.read(a)));
            }
        }
        double one = (System.nanoTime() - start) / 1e9;
        long n = articles.size() * (long) passes;
        double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
        print(out, "1 thread", n, tokens.get(), one);
        // CPU time of the reading thread: what one core does, even on a machine shared with other work.
        out.printf("%-10s %7.2f articles/s  %8.0f tokens/s  per CPU-second of the reading thread%n", "1 core",
                n / cpu, tokens.get() / cpu);

        int t = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(t);
        try {
            AtomicLong parallelTokens = new AtomicLong();
            start = System.nanoTime();
            runParallel(pool, t, reader, articles, passes, parallelTokens);
            double all = (System.nanoTime() - start) / 1e9;
            print(out, t + " threads", n, parallelTokens.get(), all);
            out.printf("speed-up on %d threads: %.2fx; %.2f articles/s per core%n", t, one / all, n / all / t);
        } finally {
            pool.shutdownNow();
        }
        System.gc();
        long live = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        out.printf("heap: peak used %.0f MB, live after GC %.0f MB (max heap %.0f MB)%n", Heap.peakUsed() / 1e6,
                live / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        out.flush();
        if (baseline > 0) {
            List<Article> same = articles.subList(0, Math.min(baseline, articles.size()));
            double ours = cpuSeconds(same, reader::read);
            reader = null; // CoreNLP's default models are loaded next, and both would not fit a 2 GB heap
            System.gc();
            againstCoreNlp(out, same, ours);
        }
        return ExitStatus.OK;
    }

    /**
     * The baseline a user would otherwise reach for: CoreNLP's default pipeline up to NER (its three CRF taggers,
     * SUTime, the fine-grained regexner), on the same articles, warmed up alike, timed in processor seconds of the
     * reading thread on both sides so that other work on the machine does not tilt the ratio.
     */
    private static void againstCoreNlp(PrintWriter out, List<Article> same, double ours) {
        java.util.Properties props = new java.util.Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        edu.stanford.nlp.pipeline.StanfordCoreNLP corenlp = new edu.stanford.nlp.pipeline.StanfordCoreNLP(props);
        Function<Article, Object> theirs = a -> {
            edu.stanford.nlp.pipeline.Annotation doc = new edu.stanford.nlp.pipeline.Annotation(a.text());
            corenlp.annotate(doc);
            return doc;
        };
        for (int i = 0; i < Math.min(5, same.size()); i++) {
            theirs.apply(same.get(i));
        }
        double base = cpuSeconds(same, theirs);
        out.printf("CoreNLP tokenize,ssplit,pos,lemma,ner: %.2f articles/s per CPU-second; Dateline's whole reading: "
                + "%.2f (%d articles)%n", same.size() / base, same.size() / ours, same.size());
        out.printf("speed against CoreNLP's tokenize,ssplit,pos,lemma,ner: %.2fx%n", base / ours);
        out.flush();
    }

    private static double cpuSeconds(List<Article> articles, Function<Article, ?> read) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long start = cpu.getCurrentThreadCpuTime();
        articles.forEach(read::apply);
        return (cpu.getCurrentThreadCpuTime() - start) / 1e9;
    }

    private static long tokens(Reading r) {
        return r.sentences().stream().mapToLong(s -> s.tokens().size()).sum();
    }

    private static void runParallel(ExecutorService pool, int n, Reader reader, List<Article> articles, int passes,
                                    AtomicLong tokens) throws Exception {
        AtomicInteger next = new AtomicInteger();
        int total = articles.size() * passes;
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            futures.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    tokens.addAndGet(tokens(reader.read(articles.get(i % articles.size()))));
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
    }

    private static void print(PrintWriter out, String label, long articles, long tokens, double seconds) {
        out.printf("%-10s %7.2f articles/s  %8.0f tokens/s  (%d articles, %d tokens in %.1f s; %.0f tokens/article)%n",
                label, articles / seconds, tokens / seconds, articles, tokens, seconds, tokens / (double) articles);
        out.flush();
    }
}
