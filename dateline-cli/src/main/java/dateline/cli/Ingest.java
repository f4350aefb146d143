package dateline.cli;

import dateline.article.Article;
import dateline.article.ArticleExtractor;
import dateline.pipeline.Pipeline;
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

    /** The number of reading threads an option asks for: 0 means one per core. */
    static int threads(int option) {
        return option > 0 ? option : Runtime.getRuntime().availableProcessors();
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Store s = Store.open(store.dir)) {
            int copiesBefore = s.copyCount();
            int[] counts = run(s, input, err, Progress.onTerminal(err, "ingested"), threads(threads));
            out.printf("stored %d new articles (%d already there), %d failed; %d articles in %s%n",
                    counts[0], counts[1], counts[2], s.articles(), store.dir);
            int copies = s.copyCount() - copiesBefore;
            if (copies > 0) {
                out.printf("%d of the new articles are near copies of stored ones (search marks them)%n", copies);
            }
            out.flush();
            return counts[2] == 0 ? Main.EXIT_OK : Main.EXIT_SOME_FAILED;
        }
    }

    /**
     * Stores every page of the inputs: {new, already stored, failed}. Articles stored already are not read again;
     * pages are read on {@code threads} threads and stored one at a time, in input order.
     */
    static int[] run(Store s, InputOptions input, PrintWriter err, Progress progress, int threads) {
        ArticleExtractor extractor = new ArticleExtractor();
        Lazy pipeline = new Lazy(extractor);
        int[] counts = new int[3];
        Batch<Pipeline.Result> batch = new Batch<>(input.pageReader(), err, progress, threads);
        batch.run(input.inputs, page -> {
            Article article = extractor.extract(page);
            if (article.text().isBlank()) {
                // Every empty article hashes alike: storing one would make the next empty page "already stored".
                throw new IllegalArgumentException("no article text found on the page");
            }
            return s.contains(article) ? null : pipeline.get().apply(article);
        }, r -> counts[r != null && s.put(r.reading(), r.events()) ? 0 : 1]++);
        counts[2] = batch.failures();
        return counts;
    }

    /** The reading models, loaded only when some article is new. */
    private static final class Lazy {
        private final ArticleExtractor extractor;
        private Pipeline pipeline;

        Lazy(ArticleExtractor extractor) {
            this.extractor = extractor;
        }

        synchronized Pipeline get() {
            if (pipeline == null) {
                pipeline = new Pipeline(extractor);
            }
            return pipeline;
        }
    }
}
