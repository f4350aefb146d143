package dateline.eval.command;

import dateline.article.ArticleExtractor;
import dateline.command.ExitStatus;
import dateline.command.Heap;
import dateline.command.InputOptions;
import dateline.page.Page;
import dateline.page.TextDecoder;
import org.jsoup.Jsoup;
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

/**
 * {@code dateline bench extract DIR}: extraction throughput over pages held in memory (reading and un-gzipping are not
 * timed), after a warm-up long enough for the JIT to settle, on one thread and then on every core.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Measure article extraction: pages/s and MB/s on one thread and on all cores, and peak heap.",
                "Run with DATELINE_HEAP=512m to check the extractor stays within 512 MB."})
final class BenchExtract implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--warmup", paramLabel = "PASSES", defaultValue = "30",
            description = "Untimed passes over all pages first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--passes", paramLabel = "PASSES", defaultValue = "20",
            description = "Timed passes over all pages (default: ${DEFAULT-VALUE}).")
    int passes;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Threads for the parallel run (default: every core).")
    int threads;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Page> pages = input.readAll(err);
        if (pages.isEmpty()) {
            err.println("dateline: no pages to measure");
            return ExitStatus.USAGE;
        }
        long bytes = pages.stream().mapToLong(p -> p.bytes().length).sum();
        long loadStart = System.nanoTime();
        ArticleExtractor extractor = new ArticleExtractor();
        out.printf("%d pages, %.1f MB; extractor ready in %.2f s%n", pages.size(), bytes / 1e6,
                (System.nanoTime() - loadStart) / 1e9);
        long failed = 0;
        for (int i = 0; i < warmup; i++) {
            failed = pass(extractor, pages);
        }
        if (failed > 0) {
            out.printf("%d pages fail in every pass (their time is still counted)%n", failed);
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = cpu.getCurrentThreadCpuTime();
        for (int i = 0; i < passes; i++) {
            pass(extractor, pages);
        }
        double oneCpu = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double one = (System.nanoTime() - start) / 1e9;
        print(out, "1 thread", pages.size() * (long) passes, bytes * passes, one);
        // The floor any extractor pays: decoding and one jsoup parse. Measured in the same run, so the ratio holds
        // on a busy machine where absolute figures do not.
        for (int i = 0; i < Math.max(1, warmup / 3); i++) {
            parseOnly(pages);
        }
        start = System.nanoTime();
        cpuStart = cpu.getCurrentThreadCpuTime();
        for (int i = 0; i < passes; i++) {
            parseOnly(pages);
        }
        double parseCpu = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double parse = (System.nanoTime() - start) / 1e9;
        print(out, "parse only", pages.size() * (long) passes, bytes * passes, parse);
        // CPU time of the measuring thread: what one core does, even while other work shares the machine.
        out.printf("per CPU-second of the thread: %.0f pages/s extracted, %.0f parsed; extraction costs %.2fx a bare "
                + "parse%n", pages.size() * (double) passes / oneCpu, pages.size() * (double) passes / parseCpu,
                oneCpu / parseCpu);

        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            runParallel(pool, n, extractor, pages, Math.max(1, warmup / 3));
            start = System.nanoTime();
            runParallel(pool, n, extractor, pages, passes);
            double all = (System.nanoTime() - start) / 1e9;
            print(out, n + " threads", pages.size() * (long) passes, bytes * passes, all);
            out.printf("speed-up on %d threads: %.2fx%n", n, one / all);
        } finally {
            pool.shutdownNow();
        }
        out.printf("peak heap used %.0f MB (max heap %.0f MB)%n", Heap.peakUsed() / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6);
        return ExitStatus.OK;
    }

    private static long pass(ArticleExtractor extractor, List<Page> pages) {
        long failed = 0;
        for (Page page : pages) {
            try {
                extractor.extract(page);
            } catch (RuntimeException e) {
                failed++;
            }
        }
        return failed;
    }

    private static int parseOnly(List<Page> pages) {
        int nodes = 0;
        for (Page page : pages) {
            nodes += Jsoup.parse(TextDecoder.decode(page)).childNodeSize();
        }
        return nodes;
    }

    /** Every thread takes the next page from a shared counter until {@code passes} passes are done. */
    private static void runParallel(ExecutorService pool, int n, ArticleExtractor extractor, List<Page> pages,
                                    int passes) throws Exception {
        AtomicInteger next = new AtomicInteger();
        int total = pages.size() * passes;
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            futures.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    try {
                        extractor.extract(pages.get(i % pages.size()));
                    } catch (RuntimeException e) {
                        // counted in the single-thread warm-up already
                    }
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
    }

    private static void print(PrintWriter out, String label, long pages, long bytes, double seconds) {
        out.printf("%-10s %8.0f pages/s  %6.1f MB/s  (%d pages in %.2f s)%n", label, pages / seconds,
                bytes / 1e6 / seconds, pages, seconds);
        out.flush();
    }
}
