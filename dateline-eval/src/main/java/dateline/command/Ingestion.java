package dateline.command;

import dateline.article.Article;
import dateline.article.ArticleExtractor;
import dateline.pipeline.Pipeline;
import dateline.store.Store;

import java.io.PrintWriter;

/** Pages into the store: what {@code ingest}, {@code itinerary} and {@code bench ingest} run. */
public final class Ingestion {
    private Ingestion() {
    }

    /** The number of reading threads an option asks for: 0 means one per core. */
    public static int threads(int option) {
        return option > 0 ? option : Runtime.getRuntime().availableProcessors();
    }

    /** What one ingestion did: articles newly stored, articles already there, pages that failed. */
    public record Counts(int stored, int already, int failed) {
        public int pages() {
            return stored + already + failed;
        }

        /** The command's exit status: some failed, or none. */
        public int status() {
            return failed == 0 ? ExitStatus.OK : ExitStatus.SOME_FAILED;
        }
    }

    /**
     * Stores every page of the inputs. Articles stored already are not read again; pages are read on {@code threads}
     * threads and stored one at a time, in input order.
     */
    public static Counts run(Store s, InputOptions input, PrintWriter err, Progress progress, int threads) {
        ArticleExtractor extractor = new ArticleExtractor();
        Lazy pipeline = new Lazy(extractor);
        int[] counts = new int[2]; // stored, already there
        Batch<Pipeline.Result> batch = new Batch<>(input.pageReader(), err, progress, threads);
        batch.run(input.inputs(), page -> {
            Article article = storable(extractor.extract(page));
            return s.contains(article) ? null : pipeline.get().apply(article);
        }, r -> counts[r != null && s.put(r.reading(), r.events()) ? 0 : 1]++);
        return new Counts(counts[0], counts[1], batch.failures());
    }

    /**
     * The article, when it has text to store; else a failure for the batch to report. Every empty article hashes alike:
     * storing one would make the next empty page "already stored".
     */
    public static Article storable(Article article) {
        if (article.text().isBlank()) {
            throw new IllegalArgumentException("no article text found on the page");
        }
        return article;
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
