package dateline.page;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageReaderTest {
    @TempDir
    Path dir;

    private static final class Collected implements PageReader.Sink {
        final List<Page> pages = new ArrayList<>();
        final List<PageFailure> failures = new ArrayList<>();

        @Override
        public void page(Page page) {
            pages.add(page);
        }

        @Override
        public void failure(PageFailure failure) {
            failures.add(failure);
        }
    }

    private Collected read(PageReader reader, Path... inputs) {
        Collected c = new Collected();
        for (Path p : inputs) {
            reader.read(p.toString(), c);
        }
        return c;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    @Test
    void htmlTextAndGzipAreTellApartByContent() throws IOException {
        Path html = write("a.html.gz", gzip("<!DOCTYPE html><html><body><p>Hi</p></body></html>".getBytes(StandardCharsets.UTF_8)));
        Path text = write("b.txt", "Kim Jong Un concludes Russia trip\nSome text.".getBytes(StandardCharsets.UTF_8));
        Collected c = read(new PageReader(), html, text);
        assertEquals(List.of(Page.Kind.HTML, Page.Kind.TEXT), c.pages.stream().map(Page::kind).toList());
        assertTrue(new String(c.pages.get(0).bytes(), StandardCharsets.UTF_8).contains("<p>Hi</p>"));
        assertTrue(c.failures.isEmpty());
    }

    @Test
    void badInputsFailOneLineEachAndTheBatchGoesOn() throws IOException {
        byte[] gz = gzip("<html><body>cut short</body></html>".getBytes(StandardCharsets.UTF_8));
        Path corrupt = write("corrupt.html.gz", Arrays.copyOf(gz, gz.length - 12));
        Path empty = write("empty.html", new byte[0]);
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        Path binary = write("junk.bin", junk);
        Path notXml = write("news.rss", "this is not a feed at all".getBytes(StandardCharsets.UTF_8));
        Path good = write("good.html", "<html><body><p>fine</p></body></html>".getBytes(StandardCharsets.UTF_8));

        Collected c = read(new PageReader(), corrupt, empty, binary, notXml, dir.resolve("missing.html"), good);

        assertEquals(1, c.pages.size());
        assertEquals(good.toString(), c.pages.get(0).source());
        assertEquals(5, c.failures.size());
        assertTrue(c.failures.get(0).reason().contains("gzip"), c.failures.get(0).reason());
        assertTrue(c.failures.get(1).reason().contains("empty"));
        assertTrue(c.failures.get(2).reason().contains("binary"));
        assertTrue(c.failures.get(3).reason().contains("feed"));
        assertTrue(c.failures.get(4).reason().contains("no such file"));
        c.failures.forEach(f -> assertTrue(!f.message().contains("\n") && f.message().startsWith(dir.toString())));
    }

    @Test
    void pagesOverTheLimitAreSkippedWithoutReadingThemWhole() throws IOException {
        byte[] big = new byte[3 << 20];
        Arrays.fill(big, (byte) 'a');
        Path large = write("large.txt", big);
        Collected c = read(new PageReader(1 << 20), large);
        assertTrue(c.pages.isEmpty());
        assertTrue(c.failures.get(0).reason().contains("1 MB page limit"), c.failures.get(0).reason());
    }

    @Test
    void foldersAreWalkedRecursivelyInNameOrder() throws IOException {
        write("f/b/2.html", "<p>two</p>".getBytes(StandardCharsets.UTF_8));
        write("f/a.html", "<p>one</p>".getBytes(StandardCharsets.UTF_8));
        write("f/.hidden.html", "<p>no</p>".getBytes(StandardCharsets.UTF_8));
        Collected c = read(new PageReader(), dir.resolve("f"));
        assertEquals(List.of("a.html", "2.html"),
                c.pages.stream().map(p -> Path.of(p.source()).getFileName().toString()).toList());
    }

    @Test
    void warcYieldsHtmlResponsesAndReportsABrokenRecord() throws IOException {
        String html = "<html><head><title>T</title></head><body><p>Body</p></body></html>";
        String warc = warcResponse("urn:uuid:1", "https://example.org/a", "text/html; charset=utf-8", html)
                + warcResponse("urn:uuid:2", "https://example.org/b.png", "image/png", "PNG")
                + warcResponse("urn:uuid:3", "https://example.org/c", "text/html", html);
        Path ok = write("crawl.warc.gz", gzip(warc.getBytes(StandardCharsets.UTF_8)));
        Path broken = write("broken.warc", (warcResponse("urn:uuid:4", "https://example.org/d", "text/html", html)
                + "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: nonsense\r\n\r\n").getBytes(StandardCharsets.UTF_8));

        Collected c = read(new PageReader(), ok, broken);

        assertEquals(List.of(ok + "#urn:uuid:1", ok + "#urn:uuid:3", broken + "#urn:uuid:4"),
                c.pages.stream().map(Page::source).toList());
        assertEquals("https://example.org/a", c.pages.get(0).url());
        assertEquals(StandardCharsets.UTF_8, c.pages.get(0).charset());
        assertEquals(1, c.failures.size());
        assertTrue(c.failures.get(0).reason().contains("WARC"), c.failures.get(0).reason());
    }

    /** Four records, each its own gzip member, as crawlers write WARC.gz. */
    private static List<byte[]> members(String html) throws IOException {
        List<byte[]> out = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            out.add(gzip(warcResponse("urn:uuid:" + i, "https://example.org/" + i, "text/html", html)
                    .getBytes(StandardCharsets.UTF_8)));
        }
        return out;
    }

    private static byte[] concat(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        return out.toByteArray();
    }

    private static List<String> ids(Collected c) {
        return c.pages.stream().map(p -> p.source().substring(p.source().indexOf('#') + 1)).toList();
    }

    @Test
    void junkBetweenGzipMembersIsSkippedAndSaidAndTheRecordsAfterItAreRead() throws IOException {
        List<byte[]> parts = new ArrayList<>(members("<html><body><p>Body</p></body></html>"));
        byte[] junk = "this is not gzip at all".getBytes(StandardCharsets.US_ASCII);
        parts.add(2, junk);
        Path archive = write("junk.warc.gz", concat(parts));
        long junkAt = parts.get(0).length + parts.get(1).length;

        Collected c = read(new PageReader(), archive);

        assertEquals(List.of("urn:uuid:1", "urn:uuid:2", "urn:uuid:3", "urn:uuid:4"), ids(c));
        assertEquals(1, c.failures.size());
        assertTrue(c.failures.get(0).reason().startsWith(junk.length + " bytes that are not gzip at byte " + junkAt),
                c.failures.get(0).reason());
    }

    @Test
    void aCorruptGzipMemberLosesOnlyItsOwnRecordAndSaysSo() throws IOException {
        List<byte[]> parts = members("<html><body><p>Body</p></body></html>");
        byte[] third = parts.get(2);
        for (int i = 12; i < third.length - 8; i++) {
            third[i] = (byte) 0xff; // a valid header, then data no inflater accepts
        }
        Path archive = write("corrupt.warc.gz", concat(parts));

        Collected c = read(new PageReader(), archive);

        assertEquals(List.of("urn:uuid:1", "urn:uuid:2", "urn:uuid:4"), ids(c));
        assertEquals(1, c.failures.size());
        String reason = c.failures.get(0).reason();
        assertTrue(reason.contains("corrupt gzip member at byte " + (parts.get(0).length + parts.get(1).length)), reason);
        assertTrue(reason.contains("reading goes on at the next one"), reason);
    }

    @Test
    void aMemberCutShortIsReportedAndTheNextMemberStillRead() throws IOException {
        List<byte[]> parts = new ArrayList<>(members("<html><body><p>Body</p></body></html>"));
        parts.set(1, Arrays.copyOf(parts.get(1), parts.get(1).length / 2));
        Path archive = write("cut.warc.gz", concat(parts));

        Collected c = read(new PageReader(), archive);

        assertEquals(List.of("urn:uuid:1", "urn:uuid:3", "urn:uuid:4"), ids(c));
        assertEquals(1, c.failures.size(), c.failures.toString());
    }

    @Test
    void aGzipCutShortInItsHeaderIsOneFailure() throws IOException {
        Collected c = read(new PageReader(), write("stub.warc.gz", new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3}));
        assertTrue(c.pages.isEmpty());
        assertEquals(1, c.failures.size(), c.failures.toString());
        assertTrue(c.failures.get(0).reason().contains("cut short in its header"), c.failures.toString());
    }

    @Test
    void nulPaddingAfterTheLastMemberIsNotAFailure() throws IOException {
        List<byte[]> parts = new ArrayList<>(members("<html><body><p>Body</p></body></html>"));
        parts.add(new byte[512]);
        Collected c = read(new PageReader(), write("padded.warc.gz", concat(parts)));
        assertEquals(4, c.pages.size());
        assertTrue(c.failures.isEmpty(), c.failures.toString());
    }

    @Test
    void aRecordWithoutAUsableIdIsNamedByItsPlaceAndTheArchiveGoesOn() throws IOException {
        String html = "<html><head><title>T</title></head><body><p>Body</p></body></html>";
        String warc = warcResponse("urn:uuid:1", "https://example.org/a", "text/html", html)
                .replace("WARC-Record-ID: <urn:uuid:1>\r\n", "")
                + warcResponse("not a uri", "https://example.org/b", "text/html", html)
                + warcResponse("urn:uuid:3", "https://example.org/c", "text/html", html);
        Path archive = write("ids.warc", warc.getBytes(StandardCharsets.UTF_8));
        Path after = write("after.html", html.getBytes(StandardCharsets.UTF_8));

        Collected c = read(new PageReader(), archive, after);

        assertEquals(List.of(archive + "#record-1", archive + "#record-2", archive + "#urn:uuid:3", after.toString()),
                c.pages.stream().map(Page::source).toList());
        assertEquals(List.of(), c.failures);
    }

    @Test
    void anArchiveOrFeedThatYieldsNothingSaysSo() throws IOException {
        Path images = write("images.warc", warcResponse("urn:uuid:9", "https://example.org/x.png", "image/png", "PNG")
                .getBytes(StandardCharsets.UTF_8));
        Path empty = write("empty.rss", ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>W</title>"
                + "<link>https://example.org/</link><description>d</description></channel></rss>").getBytes(StandardCharsets.UTF_8));
        Collected c = read(new PageReader(), images, empty);
        assertEquals(List.of(), c.pages);
        assertEquals(List.of(images.toString(), empty.toString()), c.failures.stream().map(PageFailure::source).toList());
        assertTrue(c.failures.get(0).reason().contains("no HTML response"), c.failures.get(0).reason());
        assertTrue(c.failures.get(1).reason().contains("no items"), c.failures.get(1).reason());
    }

    @Test
    void onlyWebUrlsAreKeptFromAContainer() throws IOException {
        String html = "<html><head><title>T</title></head><body><p>Body</p></body></html>";
        Path archive = write("js.warc", (warcResponse("urn:uuid:1", "javascript:alert(1)", "text/html", html)
                + warcResponse("urn:uuid:2", "https://example.org/ok", "text/html", html)).getBytes(StandardCharsets.UTF_8));
        Collected c = read(new PageReader(), archive);
        assertEquals(Arrays.asList(null, "https://example.org/ok"), c.pages.stream().map(Page::url).toList());
        Path feed = write("js.rss", ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
                + "<item><title>One</title><link>javascript:alert(1)</link><description>a</description></item>"
                + "<item><title>Two</title><guid>urn:news:2</guid><description>b</description></item>"
                + "</channel></rss>").getBytes(StandardCharsets.UTF_8));
        Collected items = read(new PageReader(), feed);
        assertEquals(List.of(feed + "#item-1", feed + "#urn:news:2"), items.pages.stream().map(Page::source).toList());
        assertNull(items.pages.get(0).url());
        assertNull(Page.webUrl("file:///etc/passwd"));
        assertNull(Page.webUrl(" JavaScript:alert(1)"));
        assertEquals("HTTPS://example.org/a", Page.webUrl("HTTPS://example.org/a"));
    }

    @Test
    void aPipeIsRefusedRatherThanWaitedOn() throws Exception {
        Path fifo = dir.resolve("pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is there to make a pipe");
        Collected c = read(new PageReader(), fifo);
        assertEquals(List.of(), c.pages);
        assertTrue(c.failures.get(0).reason().contains("not a regular file"), c.failures.get(0).reason());
    }

    @Test
    void wideUnicodePagesAreReadAsTheirMarkup() throws IOException {
        String html = "<html><head><title>Визит</title></head><body><p>Лидер прибыл во Владивосток.</p></body></html>";
        List<Path> pages = List.of(
                write("le-bom.html", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, html.getBytes(StandardCharsets.UTF_16LE))),
                write("be.html", html.getBytes(StandardCharsets.UTF_16BE)),
                write("le.html", html.getBytes(StandardCharsets.UTF_16LE)),
                write("32.html", concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, html.getBytes(Charset.forName("UTF-32LE")))));
        Collected c = read(new PageReader(), pages.toArray(new Path[0]));
        assertEquals(List.of(), c.failures);
        for (Page p : c.pages) {
            assertEquals(Page.Kind.HTML, p.kind(), p.source());
            assertEquals(html, TextDecoder.decode(p), p.source());
        }
        assertEquals(4, c.pages.size());
    }

    @Test
    void aFailureIsOneLineWhateverItsSourceHoldsInIt() {
        PageFailure f = new PageFailure("evil\ndateline: other.html: forged\u2028", "empty:\r no text");
        assertEquals("evil\\ndateline: other.html: forged\\u2028: empty:\\r no text", f.message());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String warcResponse(String id, String uri, String type, String body) {
        String http = "HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
        return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <" + id + ">\r\nWARC-Date: 2023-09-17T18:37:00Z\r\n"
                + "WARC-Target-URI: " + uri + "\r\nContent-Type: application/http; msgtype=response\r\n"
                + "Content-Length: " + http.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + http + "\r\n\r\n";
    }

    @Test
    void feedItemsBecomePagesWithTheirDateAndLink() throws IOException {
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Wire</title><link>https://example.org/</link>
                <description>d</description>
                <item><title>Leader visits plant &amp; port</title><link>https://example.org/1</link>
                <guid>https://example.org/1</guid><pubDate>Fri, 15 Sep 2023 10:00:00 GMT</pubDate>
                <description>&lt;p&gt;The leader visited the plant.&lt;/p&gt;</description></item>
                <item><title>Second</title><link>https://example.org/2</link><description>Two</description></item>
                </channel></rss>""";
        Collected c = read(new PageReader(), write("wire.xml", rss.getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, c.pages.size());
        Page first = c.pages.get(0);
        assertEquals("https://example.org/1", first.url());
        String html = new String(first.bytes(), StandardCharsets.UTF_8);
        assertTrue(html.contains("<title>Leader visits plant &amp; port</title>"), html);
        assertTrue(html.contains("2023-09-15T10:00:00Z"), html);
        assertTrue(html.contains("<p>The leader visited the plant.</p>"), html);
    }

    @Test
    void decoderPrefersValidUtf8OverAWrongDeclaration() {
        String russian = "Ким Чен Ын посетил Владивосток";
        byte[] utf8 = ("<html><head><meta charset=\"windows-1251\"></head><body>" + russian + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
        assertTrue(TextDecoder.decode(Page.of("x", utf8, Page.Kind.HTML)).contains(russian));
    }

    @Test
    void decoderGuessesAnUndeclaredLegacyCharset() {
        String russian = "Президент России Владимир Путин и лидер КНДР Ким Чен Ын провели переговоры на космодроме "
                + "Восточный. Переговоры продолжались более пяти часов, сообщили в Кремле.";
        byte[] cp1251 = ("<html><body><p>" + russian + "</p></body></html>").getBytes(Charset.forName("windows-1251"));
        assertTrue(TextDecoder.decode(Page.of("x", cp1251, Page.Kind.HTML)).contains(russian));

        String japanese = "北朝鮮の金正恩総書記は、ロシア極東のボストーチヌイ宇宙基地でプーチン大統領と会談した。会談は五時間以上続いた。";
        byte[] sjis = ("<html><body><p>" + japanese + "</p></body></html>").getBytes(Charset.forName("Shift_JIS"));
        assertTrue(TextDecoder.decode(Page.of("y", sjis, Page.Kind.HTML)).contains(japanese));
    }
}
