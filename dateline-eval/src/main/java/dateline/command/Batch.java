package dateline.command;

import dateline.page.Page;
import dateline.page.PageFailure;
import dateline.page.PageReader;

import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs one function over every page of a list of inputs. A failure, whether reading the page or in the function,
 * becomes one line on stderr naming the input and the batch goes on; the exit status says whether any failed.
 *
 * <p>With several threads the function runs on a pool, a few pages ahead at most (so memory stays bounded), while
 * output, failures and progress stay on the calling thread, in input order: the function must be thread-safe, the
 * output need not be.
 *
 * @param <R> what the function makes of a page
 */
public final class Batch<R> {
    /** What to do with each result. */
    public interface Output<R> {
        void accept(R result) throws Exception;
    }

    private final PageReader reader;
    private final PrintWriter err;
    private final Progress progress;
    private final int threads;
    private int failures;
    private int pages;

    public Batch(PageReader reader, PrintWriter err, Progress progress) {
        this(reader, err, progress, 1);
    }

    public Batch(PageReader reader, PrintWriter err, Progress progress, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.reader = reader;
        this.err = err;
        this.progress = progress;
        this.threads = threads;
    }

    /** Reads every input, applies {@code work} to each page and hands each result to {@code output}. */
    public int run(List<String> inputs, Function<Page, R> work, Output<R> output) {
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
        Deque<Pending<R>> pending = new ArrayDeque<>();
        try {
            for (String input : inputs) {
                reader.read(input, new PageReader.Sink() {
                    @Override
                    public void page(Page page) {
                        pages++;
                        if (pool == null) {
                            finish(page, () -> work.apply(page), output);
                            return;
                        }
                        pending.add(new Pending<>(page, pool.submit(() -> work.apply(page))));
                        while (pending.size() > 2 * threads) {
                            Pending<R> next = pending.poll();
                            finish(next.page, next::get, output);
                        }
                    }

                    @Override
                    public void failure(PageFailure failure) {
                        fail(failure);
                    }
                });
            }
            while (!pending.isEmpty()) {
                Pending<R> next = pending.poll();
                finish(next.page, next::get, output);
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        progress.done();
        return failures == 0 ? ExitStatus.OK : ExitStatus.SOME_FAILED;
    }

    /** A page whose work is under way on the pool. */
    private record Pending<R>(Page page, Future<R> result) {
        R get() throws Exception {
            try {
                return result.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception cause ? cause : new RuntimeException(e.getCause());
            }
        }
    }

    /** How a page's result is had: computed here, or waited for. */
    private interface Result<R> {
        R get() throws Exception;
    }

    private void finish(Page page, Result<R> result, Output<R> output) {
        try {
            output.accept(result.get());
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            fail(new PageFailure(page.source(), "failed: " + describe(e)));
        }
        progress.step(page.source());
    }

    public int pages() {
        return pages;
    }

    public int failures() {
        return failures;
    }

    private void fail(PageFailure failure) {
        failures++;
        progress.clear();
        err.println("dateline: " + failure.message());
        err.flush();
    }

    /** A failure in one line: its class and message, for "dateline: SOURCE: failed: …". */
    public static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m.replaceAll("\\s+", " ").strip());
    }
}
