package dateline.page;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import org.jsoup.nodes.Entities;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.xml.sax.InputSource;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipException;

/**
 * Reads inputs into pages: HTML and scraped-text files, their {@code .gz}, folders (walked recursively, in name
 * order), WARC and WARC.gz archives (every HTML response record), RSS and Atom feeds (every item), and {@code -} for
 * standard input.
 *
 * <p>Bad input never stops a batch: every input, or record inside one, that cannot be read is reported to the sink
 * as a {@link PageFailure} with a one-line reason, and reading goes on with the next. What is read per page is bounded
 * by {@code maxBytes}, so a 200 MB page costs at most that much memory.
 */
public final class PageReader {
    /** Default bound on one page's bytes (after un-gzipping). */
    public static final long DEFAULT_MAX_BYTES = 16L << 20;

    /** Receives what was read, in input order. */
    public interface Sink {
        void page(Page page);

        void failure(PageFailure failure);
    }

    private final long maxBytes;

    public PageReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be > 0");
        }
        this.maxBytes = maxBytes;
    }

    public PageReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** Reads one input (a path, or {@code -} for standard input) and hands every page or failure to the sink. */
    public void read(String input, Sink sink) {
        if (input.equals("-")) {
            readStream(input, System.in, sink);
            return;
        }
        Path path = Path.of(input);
        if (Files.isDirectory(path)) {
            readFolder(path, sink);
        } else if (!Files.exists(path)) {
            sink.failure(new PageFailure(input, "no such file or folder"));
        } else if (!Files.isRegularFile(path)) {
            // A pipe or a device may never end: reading one would hold up the whole batch.
            sink.failure(new PageFailure(input, "not a regular file (a pipe, socket or device)"));
        } else if (!Files.isReadable(path)) {
            sink.failure(new PageFailure(input, "not readable (permission denied)"));
        } else {
            readFile(path, sink);
        }
    }

    /**
     * Reads the pages of one open stream (a file, a gzip, a WARC), named {@code source} in pages and failures; for
     * callers that open their own inputs, such as a Spark task reading from a distributed file system.
     */
    public void read(String source, InputStream in, Sink sink) {
        readStream(source, in, sink);
    }

    private void readFolder(Path folder, Sink sink) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            sink.failure(new PageFailure(folder.toString(), "cannot list folder: " + e.getMessage()));
            return;
        }
        for (Path file : files) {
            readFile(file, sink);
        }
    }

    private void readFile(Path file, Sink sink) {
        try (InputStream in = Files.newInputStream(file)) {
            readStream(file.toString(), in, sink);
        } catch (IOException e) {
            sink.failure(new PageFailure(file.toString(), "cannot open: " + e.getMessage()));
        }
    }

    private void readStream(String source, InputStream raw, Sink sink) {
        try {
            InputStream in = new BufferedInputStream(raw, 1 << 16);
            GzipMembers members = null;
            if (startsWith(in, new byte[] {0x1f, (byte) 0x8b})) {
                members = new GzipMembers(in, skipped -> sink.failure(new PageFailure(source, skipped)));
                in = new BufferedInputStream(members, 1 << 16);
            }
            if (startsWith(in, "WARC/".getBytes(StandardCharsets.US_ASCII))) {
                readWarc(source, in, members, sink);
                return;
            }
            byte[] bytes = readBounded(in);
            if (bytes == null) {
                sink.failure(new PageFailure(source, tooLarge()));
                return;
            }
            classify(source, bytes, sink);
        } catch (ZipException | EOFException | GzipMembers.CorruptMember e) {
            sink.failure(new PageFailure(source, "corrupt or truncated gzip: " + message(e)));
        } catch (IOException e) {
            sink.failure(new PageFailure(source, "cannot read: " + message(e)));
        }
    }

    private void classify(String source, byte[] raw, Sink sink) {
        byte[] bytes = WideText.toUtf8(raw);
        if (isBlank(bytes)) {
            sink.failure(new PageFailure(source, "empty: no text to read"));
            return;
        }
        if (looksBinary(bytes)) {
            sink.failure(new PageFailure(source, "binary content, not an HTML or text page"));
            return;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        if (isFeed(head) || namedLikeFeed(source)) {
            readFeed(source, bytes, sink);
        } else {
            sink.page(Page.of(source, bytes, looksHtml(head) ? Page.Kind.HTML : Page.Kind.TEXT));
        }
    }

    /**
     * Every HTML response of an archive. In a gzipped archive a broken record or member is skipped and reading goes on
     * at the next gzip member, with a fresh reader, since each member of a per-record WARC.gz starts a record; in a
     * plain archive a broken header leaves no safe place to resume, so the rest is said to be unread.
     */
    private void readWarc(String source, InputStream in, GzipMembers members, Sink sink) throws IOException {
        WarcReader warc = new WarcReader(in);
        int index = 0;
        int said = 0; // pages and failures reported: an archive that yields neither must still say so
        while (true) {
            Optional<WarcRecord> next;
            try {
                next = warc.next();
            } catch (IOException | RuntimeException e) {
                said++;
                index++;
                if (members == null) {
                    sink.failure(new PageFailure(source + "#" + index,
                            "broken WARC record: " + message(e) + "; the rest of the archive is not read"));
                    return;
                }
                warc = resume(source + "#" + index, "broken WARC record: " + message(e), members, sink);
                continue;
            }
            if (next.isEmpty()) {
                if (said == 0) {
                    sink.failure(new PageFailure(source, "no HTML response among its " + index + " WARC records"));
                }
                return;
            }
            index++;
            if (!(next.get() instanceof WarcResponse response)) {
                continue;
            }
            String id = source + "#" + recordId(response, index);
            try {
                HttpResponse http = response.http();
                MediaType type = http.contentType().base();
                if (http.status() != 200 || !(type.equals(MediaType.HTML) || type.subtype().equals("xhtml+xml"))) {
                    continue;
                }
                byte[] bytes = readBounded(http.bodyDecoded().stream());
                said++;
                if (bytes == null) {
                    sink.failure(new PageFailure(id, tooLarge()));
                } else if (isBlank(bytes)) {
                    sink.failure(new PageFailure(id, "empty response body"));
                } else {
                    sink.page(new Page(id, bytes, Page.Kind.HTML, response.target(), declaredCharset(http)));
                }
            } catch (IOException | RuntimeException e) {
                said++;
                if (members != null && members.broken()) {
                    warc = resume(id, "unreadable WARC response: " + message(e), members, sink);
                } else {
                    sink.failure(new PageFailure(id, "unreadable WARC response: " + message(e)));
                }
            }
        }
    }

    /** Reports a broken record of a gzipped archive and gives a fresh reader at the next gzip member. */
    private static WarcReader resume(String id, String why, GzipMembers members, Sink sink) throws IOException {
        members.resync();
        sink.failure(new PageFailure(id, why + "; its gzip member is skipped, and reading goes on at the next one after byte "
                + members.offset()));
        return new WarcReader(members);
    }

    /**
     * The record's WARC-Record-ID, or "record-N" (its place in the archive) where the header is missing or no URI:
     * jwarc's own {@code id()} throws then, and one bad header must not stop the archive.
     */
    private static String recordId(WarcResponse record, int index) {
        String raw = record.headers().first("WARC-Record-ID").orElse("").strip();
        if (raw.startsWith("<") && raw.endsWith(">")) {
            raw = raw.substring(1, raw.length() - 1);
        }
        try {
            URI id = new URI(raw);
            return raw.isEmpty() || id.getScheme() == null ? "record-" + index : id.toString();
        } catch (URISyntaxException e) {
            return "record-" + index;
        }
    }

    private static Charset declaredCharset(HttpResponse http) {
        String name = http.contentType().parameters().get("charset");
        try {
            return name == null ? null : Charset.forName(name.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Each feed item becomes a small HTML page carrying the item's title, date, link and content, so that the
     * ordinary HTML extractor reads it like any page.
     */
    private void readFeed(String source, byte[] bytes, Sink sink) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new InputSource(new ByteArrayInputStream(bytes)));
        } catch (FeedException | IllegalArgumentException e) {
            sink.failure(new PageFailure(source, "not a valid RSS or Atom feed: " + message(e)));
            return;
        }
        if (feed.getEntries().isEmpty()) {
            sink.failure(new PageFailure(source, "a feed with no items"));
            return;
        }
        int index = 0;
        for (SyndEntry entry : feed.getEntries()) {
            index++;
            String id = source + "#" + itemId(entry.getUri(), index);
            String link = Page.webUrl(entry.getLink());
            String html = itemPage(entry, link);
            sink.page(new Page(id, html.getBytes(StandardCharsets.UTF_8), Page.Kind.HTML, link, StandardCharsets.UTF_8));
        }
    }

    /**
     * An item's guid where it is a web URL or a name (urn:, tag:), else "item-N": Rome gives an item without a guid its
     * link, and a {@code javascript:} link must not become part of a source's name.
     */
    private static String itemId(String uri, int index) {
        String u = uri == null ? "" : uri.strip();
        String scheme = u.toLowerCase(Locale.ROOT);
        boolean named = scheme.startsWith("urn:") || scheme.startsWith("tag:") || Page.webUrl(u) != null;
        return named ? u : "item-" + index;
    }

    private static String itemPage(SyndEntry entry, String link) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\">");
        if (entry.getTitle() != null) {
            page.append("<title>").append(Entities.escape(entry.getTitle())).append("</title>");
        }
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        if (date != null) {
            String iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date.toInstant().atOffset(ZoneOffset.UTC));
            page.append("<meta property=\"article:published_time\" content=\"").append(iso).append("\">");
        }
        if (link != null) {
            page.append("<link rel=\"canonical\" href=\"").append(Entities.escape(link)).append("\">");
        }
        if (entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
            page.append("<meta name=\"author\" content=\"").append(Entities.escape(entry.getAuthor())).append("\">");
        }
        page.append("</head><body><article>");
        if (entry.getTitle() != null) {
            page.append("<h1>").append(Entities.escape(entry.getTitle())).append("</h1>");
        }
        List<SyndContent> contents = entry.getContents();
        if (!contents.isEmpty()) {
            contents.forEach(c -> page.append(c.getValue() == null ? "" : c.getValue()));
        } else if (entry.getDescription() != null && entry.getDescription().getValue() != null) {
            page.append(entry.getDescription().getValue());
        }
        return page.append("</article></body></html>").toString();
    }

    /** The stream's bytes, or null when there are more than {@code maxBytes}. */
    private byte[] readBounded(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        return bytes.length > maxBytes ? null : bytes;
    }

    private String tooLarge() {
        return "larger than the " + (maxBytes >> 20) + " MB page limit (raise it with --max-page-mb)";
    }

    private static boolean startsWith(InputStream in, byte[] magic) throws IOException {
        in.mark(magic.length);
        byte[] head = in.readNBytes(magic.length);
        in.reset();
        return java.util.Arrays.equals(head, magic);
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b & 0xff) && b != 0) {
                return false;
            }
        }
        return true;
    }

    /** NUL bytes or many control characters in the first 8 KB: an image, a PDF, random junk. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        if (n >= 2 && ((bytes[0] & 0xff) == 0xFE || (bytes[0] & 0xff) == 0xFF)
                && ((bytes[1] & 0xff) == 0xFF || (bytes[1] & 0xff) == 0xFE)) {
            return false; // UTF-16 with a byte-order mark
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0d && b < 0x20)) {
                control++;
            }
        }
        return control > n / 50 + 1;
    }

    private static boolean looksHtml(String head) {
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<head")
                || head.contains("<body") || head.contains("<div") || head.contains("<p>") || head.contains("<meta")
                || head.contains("<article") || head.contains("<title");
    }

    private static boolean namedLikeFeed(String source) {
        String name = source.toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
        return name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".xml");
    }

    private static boolean isFeed(String head) {
        String h = head.stripLeading();
        return (h.startsWith("<?xml") || h.startsWith("<rss") || h.startsWith("<feed") || h.startsWith("<rdf"))
                && (h.contains("<rss") || h.contains("<feed") || h.contains("<rdf:rdf"));
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            m = e.getClass().getSimpleName();
        }
        return m.replaceAll("\\s+", " ").strip();
    }
}
