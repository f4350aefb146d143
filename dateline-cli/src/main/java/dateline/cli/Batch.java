package dateline.cli;

import dateline.page.Page;
import dateline.page.PageFailure;
import dateline.page.PageReader;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;

/**
 * Runs one function over every page of a list of inputs. A failure, whether reading the page or in the function,
 * becomes one line on stderr naming the input and the batch goes on; the exit status says whether any failed.
 *
 * @param <R> what the function makes of a page
 */
final class Batch<R> {
    /** What to do with each result. */
    interface Output<R> {
        void accept(R result) throws Exception;
    }

    private final PageReader reader;
    private final PrintWriter err;
    private final Progress progress;
    private int failures;
    private int pages;

    Batch(PageReader reader, PrintWriter err, Progress progress) {
        this.reader = reader;
        this.err = err;
        this.progress = progress;
    }

    /** Reads every input, applies {@code work} to each page and hands each result to {@code output}. */
    int run(List<String> inputs, Function<Page, R> work, Output<R> output) {
        for (String input : inputs) {
            reader.read(input, new PageReader.Sink() {
                @Override
                public void page(Page page) {
                    pages++;
                    try {
                        output.accept(work.apply(page));
                    } catch (Exception | StackOverflowError | OutOfMemoryError e) {
                        fail(new PageFailure(page.source(), "failed: " + describe(e)));
                    }
                    progress.step(page.source());
                }

                @Override
                public void failure(PageFailure failure) {
                    fail(failure);
                }
            });
        }
        progress.done();
        return failures == 0 ? Main.EXIT_OK : Main.EXIT_SOME_FAILED;
    }

    int pages() {
        return pages;
    }

    int failures() {
        return failures;
    }

    private void fail(PageFailure failure) {
        failures++;
        progress.clear();
        err.println("dateline: " + failure.message());
        err.flush();
    }

    static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m.replaceAll("\\s+", " ").strip());
    }
}
