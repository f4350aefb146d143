package dateline.eval.command;

import dateline.command.Heap;
import dateline.command.Ingestion;
import dateline.command.InputOptions;
import dateline.command.Progress;
import dateline.command.TemporaryFolder;
import dateline.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code dateline bench ingest DIR}: the whole chain (extract, read, geocode, events, store) over a folder of pages
 * into a fresh store, then the same pages again (which must find everything stored already), with timings.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Measure ingestion into a fresh store: pages/s for the first run and for a re-run of the same "
                + "pages (idempotent: nothing new), events found, store size on disk and peak heap."})
final class BenchIngest implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--store", paramLabel = "DIR",
            description = "Store folder to fill (default: a temporary folder, deleted afterwards).")
    Path dir;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Pages read at once (default: one per core).")
    int threads;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        TemporaryFolder scratch = dir == null ? new TemporaryFolder("dateline-bench-") : null;
        Path folder = dir != null ? dir : scratch.path();
        try {
            int n = Ingestion.threads(threads);
            long t0 = System.nanoTime();
            Ingestion.Counts first;
            int events;
            try (Store s = Store.open(folder)) {
                first = Ingestion.run(s, input, err, Progress.none(err), n);
                events = s.eventCount();
            }
            double firstSeconds = (System.nanoTime() - t0) / 1e9;
            long t1 = System.nanoTime();
            Ingestion.Counts again;
            try (Store s = Store.open(folder)) {
                again = Ingestion.run(s, input, err, Progress.none(err), n);
            }
            double againSeconds = (System.nanoTime() - t1) / 1e9;
            int pages = first.pages();
            out.printf("first run: %d pages (%d stored, %d duplicates, %d failed) in %.1f s on %d threads: "
                    + "%.2f pages/s, %.2f per thread, models included%n", pages, first.stored(), first.already(), first.failed(),
                    firstSeconds, n, pages / firstSeconds, pages / firstSeconds / n);
            out.printf("re-run:    %d new, %d already stored in %.1f s%n", again.stored(), again.already(), againSeconds);
            out.printf("events stored: %d (%.1f per article)%n", events, first.stored() == 0 ? 0.0 : events / (double) first.stored());
            out.printf("store on disk: %.1f MB%n", size(folder) / 1e6);
            out.printf("peak heap used %.0f MB (max heap %.0f MB)%n", Heap.peakUsed() / 1e6,
                    Runtime.getRuntime().maxMemory() / 1e6);
            out.flush();
            return first.status();
        } finally {
            if (scratch != null) {
                scratch.close();
            }
        }
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
