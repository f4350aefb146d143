package dateline.eval.command;

import dateline.article.Article;
import dateline.article.PublishedDate;
import dateline.command.Batch;
import dateline.command.Progress;
import dateline.eval.GoldDocument;
import dateline.reading.Reader;
import dateline.reading.Reading;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/** What the reading evaluations share: finding gold files, and reading gold texts on every core. */
final class EvalReading {
    private EvalReading() {
    }

    /** The files under the given paths (folders walked) whose names end with the suffix, in name order. */
    static List<Path> files(List<Path> paths, String suffix) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new IllegalArgumentException(p + ": no such file or folder");
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no " + suffix + " files in " + paths);
        }
        return files;
    }

    /** The gold text as a clean article dated by the document's creation time, exactly as {@code read --clean}. */
    static Article article(GoldDocument gold) {
        PublishedDate date = gold.dct() == null ? null : PublishedDate.ofDate(gold.dct(), "given");
        return new Article(gold.name(), null, date, null, null, List.of(), "en", null, null, gold.text(), List.of());
    }

    /** Reads every gold document, in parallel on all cores, in input order. */
    static List<Reading> readAll(List<GoldDocument> golds, PrintWriter err) throws InterruptedException {
        err.println("loading models…");
        err.flush();
        Reader reader = new Reader();
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Reading>> futures = new ArrayList<>();
            for (GoldDocument g : golds) {
                futures.add(pool.submit(() -> reader.read(article(g))));
            }
            List<Reading> readings = new ArrayList<>();
            Progress progress = Progress.onTerminal(err, "read");
            for (int i = 0; i < futures.size(); i++) {
                try {
                    readings.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    err.println("dateline: " + golds.get(i).name() + ": failed: " + Batch.describe(e.getCause()));
                    readings.add(Reading.unread(article(golds.get(i))));
                }
                progress.step(golds.get(i).name());
            }
            progress.done();
            return readings;
        } finally {
            pool.shutdownNow();
        }
    }
}
