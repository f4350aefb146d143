package dateline.cli;

import dateline.article.Article;
import dateline.article.ArticleExtractor;
import dateline.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

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

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Store s = Store.open(store.dir)) {
            int[] counts = run(s, input, err, Progress.onTerminal(err, "ingested"));
            out.printf("stored %d new articles (%d already there), %d failed; %d articles in %s%n",
                    counts[0], counts[1], counts[2], s.articles(), store.dir);
            out.flush();
            return counts[2] == 0 ? Main.EXIT_OK : Main.EXIT_SOME_FAILED;
        }
    }

    /** Stores every page of the inputs: {new, already stored, failed}. Articles stored already are not read again. */
    static int[] run(Store s, InputOptions input, PrintWriter err, Progress progress) {
        ArticleExtractor extractor = new ArticleExtractor();
        Pipeline[] pipeline = {null};     // the reading models load only when some article is new
        int[] counts = new int[3];
        Batch<Boolean> batch = new Batch<>(input.pageReader(), err, progress);
        batch.run(input.inputs, page -> {
            Article article = extractor.extract(page);
            if (s.contains(article)) {
                return false;
            }
            if (pipeline[0] == null) {
                pipeline[0] = new Pipeline();
            }
            Pipeline.Result r = pipeline[0].apply(article);
            return s.put(r.reading(), r.events());
        }, stored -> counts[stored ? 0 : 1]++);
        counts[2] = batch.failures();
        return counts;
    }
}
