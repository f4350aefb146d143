package dateline.spark;

import dateline.page.Page;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A large archive is read as the task pulls its lines, not all at once. */
class PageStreamTest {
    private static final int RECORDS = 40;

    private static byte[] archive() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String body = "<html><body><p>" + "A long paragraph of news text. ".repeat(1000) + "</p></body></html>";
        for (int i = 0; i < RECORDS; i++) {
            out.writeBytes(ReadArchivesTest.warcResponse("urn:uuid:" + i, "https://news.example/" + i, body));
        }
        return out.toByteArray();
    }

    /** Counts the bytes the reading thread has taken from the file. */
    private static InputStream counting(byte[] bytes, AtomicLong read) {
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws java.io.IOException {
                int n = super.read(b, off, len);
                read.addAndGet(Math.max(0, n));
                return n;
            }
        };
    }

    @Test
    void pagesAreReadOnlyAFewAheadOfTheTask() throws InterruptedException {
        byte[] bytes = archive();
        AtomicLong read = new AtomicLong();
        PageStream<String> lines = new PageStream<>("crawl.warc", () -> counting(bytes, read), Page::source, f -> "failed " + f.message());
        assertTrue(lines.hasNext());
        String first = lines.next();
        Thread.sleep(300); // time enough for the reading thread to run ahead as far as it may
        assertTrue(read.get() < bytes.length / 2, read.get() + " of " + bytes.length + " bytes read after one page");
        List<String> all = new ArrayList<>(List.of(first));
        lines.forEachRemaining(all::add);
        assertEquals(RECORDS, all.size());
        assertEquals("crawl.warc#urn:uuid:0", all.get(0));
        assertEquals("crawl.warc#urn:uuid:" + (RECORDS - 1), all.get(RECORDS - 1));
        assertFalse(lines.hasNext());
    }

    @Test
    void aTaskThatStopsEarlyStopsTheReadingThread() throws InterruptedException {
        byte[] bytes = archive();
        PageStream<String> lines = new PageStream<>("stopped.warc", () -> counting(bytes, new AtomicLong()), Page::source, f -> "");
        lines.next();
        lines.close();
        for (int i = 0; i < 50 && readerAlive("stopped.warc"); i++) {
            Thread.sleep(20);
        }
        assertFalse(readerAlive("stopped.warc"));
    }

    @Test
    void aFileThatCannotBeOpenedIsOneFailureLine() {
        PageStream<String> lines = new PageStream<>("gone.warc", () -> {
            throw new java.io.UncheckedIOException(new java.io.FileNotFoundException("gone.warc"));
        }, Page::source, f -> "failed " + f.message());
        List<String> all = new ArrayList<>();
        lines.forEachRemaining(all::add);
        assertEquals(1, all.size());
        assertTrue(all.get(0).startsWith("failed gone.warc"), all.get(0));
    }

    private static boolean readerAlive(String path) {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("dateline-pages " + path) && t.isAlive());
    }
}
