package dateline.cli;

import dateline.command.Ingestion;
import dateline.command.InputOptions;
import dateline.command.Progress;
import dateline.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code dateline ingest}: pages in, readings and events into the store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read each page and keep its article, entities, events and sources in the store.",
                "The same article twice is stored once; a run killed at any moment can simply be run again.",
                "Bad inputs are reported one line each on stderr; the rest go through and the exit status is 1."})
final class Ingest implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Mixin
    StoreOptions store;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Pages read at once (default: one per core).")
    int threads;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Store s = Store.open(store.dir)) {
            int copiesBefore = s.copyCount();
            Ingestion.Counts counts = Ingestion.run(s, input, err, Progress.onTerminal(err, "ingested"),
                    Ingestion.threads(threads));
            out.printf("stored %d new articles (%d already there), %d failed; %d articles in %s%n",
                    counts.stored(), counts.already(), counts.failed(), s.articles(), store.dir);
            int copies = s.copyCount() - copiesBefore;
            if (copies > 0) {
                out.printf("%d of the new articles are near copies of stored ones (search marks them)%n", copies);
            }
            out.flush();
            return counts.status();
        }
    }
}
