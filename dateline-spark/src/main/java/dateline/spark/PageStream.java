package dateline.spark;

import dateline.page.Page;
import dateline.page.PageFailure;
import dateline.page.PageReader;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The pages of one input file as a lazy iterator of what the task makes of each. {@link PageReader} pushes pages to a sink; a Spark
 * task pulls lines from an iterator. A CC-NEWS WARC holds tens of thousands of records, and keeping every reading of
 * a file until the task ends would need gigabytes, so a thread reads pages into a small queue, which holds them back
 * while the task thread turns each page into its line. At most {@link #AHEAD} pages wait, each bounded by the reader's
 * page size limit.
 */
final class PageStream<T> implements Iterator<T>, AutoCloseable {
    static final int AHEAD = 4;
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
    private final Function<Page, T> onPage;
    private final Function<PageFailure, T> onFailure;
    private final Thread reader;
    private Object next;

    /**
     * @param open      opens the file's bytes (on the reading thread)
     * @param onPage    what the task makes of a page (on the caller's thread)
     * @param onFailure what it makes of a page that could not be read
     */
    PageStream(String path, Supplier<InputStream> open, Function<Page, T> onPage,
               Function<PageFailure, T> onFailure) {
        this.onPage = onPage;
        this.onFailure = onFailure;
        reader = new Thread(() -> {
            try (InputStream in = open.get()) {
                new PageReader().read(path, in, new PageReader.Sink() {
                    @Override
                    public void page(Page page) {
                        put(page);
                    }

                    @Override
                    public void failure(PageFailure failure) {
                        put(failure);
                    }
                });
                put(END);
            } catch (Stopped e) {
                // the task was given up: nobody is waiting for the rest
            } catch (IOException | RuntimeException e) {
                try {
                    put(new PageFailure(path, "cannot read: " + e.getMessage()));
                    put(END);
                } catch (Stopped stopped) {
                    // as above
                }
            }
        }, "dateline-pages " + path);
        reader.setDaemon(true);
        reader.start();
    }

    private void put(Object item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // so that a reader catching Stopped as a bad record stops at the next put
            throw new Stopped();
        }
    }

    /** Unwinds the reading thread when the task no longer wants its pages. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                return false;
            }
        }
        return next != END;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Object item = next;
        next = null;
        return item instanceof Page page ? onPage.apply(page) : onFailure.apply((PageFailure) item);
    }

    /** Stops the reading thread, for a task that ends before the file does. */
    @Override
    public void close() {
        reader.interrupt();
    }
}
