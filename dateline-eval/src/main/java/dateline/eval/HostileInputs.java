package dateline.eval;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Hostile and malformed inputs, generated from a seed so that a failure can be replayed: truncated and deeply nested
 * HTML, binary junk, wrong and wide charsets, giant tokens, titles and attribute lists, corrupt gzip and WARC
 * archives, hostile XML feeds, names with line breaks. The fuzz test runs a small corpus of them through the commands
 * and {@code bench soak} runs many; each class is one {@link Kind}.
 */
public final class HostileInputs {
    /** What Dateline must make of an input: an article, a one-line failure, or at least one of the two. */
    public enum Expect { ARTICLE, FAILURE, ANY }

    /** One generated input: a file name (which may itself be hostile), its bytes, its class. */
    public record Input(String name, byte[] bytes, Kind kind) {
    }

    /** The classes of hostile input; each makes its bytes from the random source and a size bound. */
    public enum Kind {
        TRUNCATED_HTML("html", Expect.ANY),
        BINARY_JUNK("bin", Expect.FAILURE),
        IMAGE_NAMED_HTML("html", Expect.FAILURE),
        EMPTY("html", Expect.FAILURE),
        BLANK("txt", Expect.FAILURE),
        WRONG_CHARSET("html", Expect.ARTICLE),
        WIDE_UNICODE("html", Expect.ARTICLE),
        GIANT_TOKEN("html", Expect.ARTICLE),
        DEEP_NESTING("html", Expect.ANY),
        MANY_ATTRIBUTES("html", Expect.ANY),
        GIANT_TITLE("html", Expect.ARTICLE),
        DOTTED_CAPITALS("html", Expect.ARTICLE),
        LONG_PROSE("html", Expect.ARTICLE),
        CONTROL_CHARACTERS("txt", Expect.ANY),
        UNCLOSED_MARKUP("html", Expect.ANY),
        HOSTILE_MARKUP("html", Expect.ARTICLE),
        GZIP_TRUNCATED("html.gz", Expect.FAILURE),
        GZIP_CORRUPT("html.gz", Expect.FAILURE),
        GZIP_BOMB("html.gz", Expect.FAILURE),
        WARC_WITHOUT_IDS("warc", Expect.ARTICLE),
        WARC_JUNK_MEMBER("warc.gz", Expect.ARTICLE),
        WARC_TRUNCATED("warc.gz", Expect.ANY),
        WARC_BAD_LENGTH("warc", Expect.FAILURE),
        XML_ENTITY_BOMB("xml", Expect.FAILURE),
        XML_EXTERNAL_ENTITY("rss", Expect.FAILURE),
        FEED_WITHOUT_ITEMS("rss", Expect.FAILURE),
        FEED_SCRIPT_LINKS("rss", Expect.ARTICLE),
        NAME_WITH_LINE_BREAK("html", Expect.FAILURE);

        private final String extension;
        private final Expect expect;

        Kind(String extension, Expect expect) {
            this.extension = extension;
            this.expect = expect;
        }

        public Expect expect() {
            return expect;
        }
    }

    private static final List<String> PROSE = prose();

    private final Random random;
    private final int maxBytes;
    private int made;
    private byte[] bomb; // made once: deflating tens of megabytes of zeros each time would be most of a soak run

    /**
     * @param seed     the same seed gives the same inputs
     * @param maxBytes about the largest input to make (a bomb's inflated size is a multiple of it, by design)
     */
    public HostileInputs(long seed, int maxBytes) {
        this.random = new Random(seed);
        this.maxBytes = maxBytes;
    }

    /** The next input, the classes taken in turn, so that any run of {@code Kind.values().length} has one each. */
    public Input next() {
        Kind kind = Kind.values()[made % Kind.values().length];
        String name = String.format("%06d-%s.%s", made++, kind.name().toLowerCase().replace('_', '-'), kind.extension);
        if (kind == Kind.NAME_WITH_LINE_BREAK) {
            name = name.replace("-name", "-na\nme\u0007");
        }
        return new Input(name, bytes(kind), kind);
    }

    public List<Input> next(int count) {
        List<Input> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(next());
        }
        return out;
    }

    private byte[] bytes(Kind kind) {
        return switch (kind) {
            case TRUNCATED_HTML -> {
                byte[] page = utf8(article(5));
                yield Arrays.copyOf(page, 1 + random.nextInt(page.length - 1));
            }
            case BINARY_JUNK, NAME_WITH_LINE_BREAK -> junk(1 + random.nextInt(Math.min(maxBytes, 1 << 16)));
            case IMAGE_NAMED_HTML -> concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, junk(4096));
            case EMPTY -> new byte[0];
            case BLANK -> utf8(" \n\t\r\n".repeat(1 + random.nextInt(200)));
            case WRONG_CHARSET -> article(4).replace("<head>", "<head><meta charset=\"utf-8\">")
                    .replace("Varga", "Várga").getBytes(Charset.forName(random.nextBoolean() ? "windows-1252" : "ISO-8859-2"));
            case WIDE_UNICODE -> wide(article(4));
            case GIANT_TOKEN -> utf8(article(3).replace("</article>",
                    "<p>" + "x".repeat(Math.min(maxBytes / 2, 60_000 + random.nextInt(60_000))) + "</p></article>"));
            case DEEP_NESTING -> nested(Math.max(1, maxBytes / 16));
            case MANY_ATTRIBUTES -> utf8(article(3).replace("<article>", "<article" + attributes(maxBytes / 12) + ">"));
            case GIANT_TITLE -> utf8(article(3).replace("<title>", "<title>" + "Headline ".repeat(maxBytes / 18)));
            case DOTTED_CAPITALS -> utf8(article(4).replace("</article>",
                    "<p>" + "İSTANBUL İZMİR ".repeat(1 + maxBytes / 64) + "</p></article>"));
            case LONG_PROSE -> utf8(article(Math.max(3, maxBytes / 400)));
            case CONTROL_CHARACTERS -> controls(String.join(" ", sentences(6)));
            case UNCLOSED_MARKUP -> utf8(article(3).replace("<article>", random.nextBoolean()
                    ? "<article><!-- never closed " : "<article><script>var never = 'closed';"));
            case HOSTILE_MARKUP -> utf8(article(4).replace("</article>",
                    "<p>&lt;img src=x onerror=alert(1)&gt; and &lt;script&gt;alert(2)&lt;/script&gt; as text.</p>"
                            + "<img src=x onerror=alert(3)><script>alert(4)</script></article>"));
            case GZIP_TRUNCATED -> {
                byte[] gz = gzip(utf8(article(5)));
                yield Arrays.copyOf(gz, 10 + random.nextInt(gz.length - 18));
            }
            case GZIP_CORRUPT -> {
                byte[] gz = gzip(utf8(article(5)));
                for (int i = 12; i < gz.length - 8; i += 1 + random.nextInt(8)) {
                    gz[i] ^= (byte) (1 + random.nextInt(255));
                }
                yield gz;
            }
            case GZIP_BOMB -> bomb();
            case WARC_WITHOUT_IDS -> utf8(record(null, 1) + record("not a uri", 2) + record("urn:uuid:" + random.nextInt(), 3));
            case WARC_JUNK_MEMBER -> concat(gzip(utf8(record("urn:uuid:a", 1))), junk(1 + random.nextInt(4096)),
                    gzip(utf8(record("urn:uuid:b", 2))));
            case WARC_TRUNCATED -> {
                byte[] one = gzip(utf8(record("urn:uuid:c", 1)));
                byte[] two = gzip(utf8(record("urn:uuid:d", 2)));
                yield concat(one, Arrays.copyOf(two, 1 + random.nextInt(two.length - 1)));
            }
            case WARC_BAD_LENGTH -> utf8("WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:e>\r\n"
                    + "Content-Length: " + (random.nextBoolean() ? "-5" : "lots") + "\r\n\r\n" + article(2));
            case XML_ENTITY_BOMB -> utf8(entityBomb());
            case XML_EXTERNAL_ENTITY -> utf8("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                    + "<rss version=\"2.0\"><channel><title>t</title><item><title>&x;</title>"
                    + "<description>&x;</description></item></channel></rss>");
            case FEED_WITHOUT_ITEMS -> utf8("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Empty</title>"
                    + "<link>https://example.org/</link><description>none</description></channel></rss>");
            case FEED_SCRIPT_LINKS -> utf8("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>News</title>"
                    + "<link>https://example.org/</link><description>d</description><item><title>Visit ends</title>"
                    + "<link>javascript:alert(1)</link><pubDate>Tue, 12 Sep 2023 10:00:00 GMT</pubDate><description>"
                    + escape(String.join(" ", sentences(4))) + "</description></item></channel></rss>");
        };
    }

    /** A small gzip that inflates past the default page limit of 16 MB (and past four times the size bound). */
    private byte[] bomb() {
        if (bomb == null) {
            bomb = gzip(new byte[Math.max(17 << 20, maxBytes * 4)]);
        }
        return bomb.clone();
    }

    /** A plausible news page of {@code paragraphs} paragraphs of invented prose. */
    private String article(int paragraphs) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><title>Minister ends visit</title>"
                + "<meta property=\"article:published_time\" content=\"2023-09-1" + random.nextInt(10) + "T08:00:00Z\">"
                + "</head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>Minister ends visit</h1>");
        for (int i = 0; i < paragraphs; i++) {
            page.append("<p>").append(escape(String.join(" ", sentences(2 + random.nextInt(3))))).append("</p>");
        }
        return page.append("</article><footer>© News</footer></body></html>").toString();
    }

    private List<String> sentences(int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(PROSE.get(random.nextInt(PROSE.size())));
        }
        return out;
    }

    private String record(String id, int n) {
        String body = article(2);
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                + utf8(body).length + "\r\n\r\n" + body;
        return "WARC/1.0\r\nWARC-Type: response\r\n" + (id == null ? "" : "WARC-Record-ID: <" + id + ">\r\n")
                + "WARC-Date: 2023-09-17T18:37:00Z\r\nWARC-Target-URI: https://example.org/" + n + "\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + utf8(http).length
                + "\r\n\r\n" + http + "\r\n\r\n";
    }

    private byte[] nested(int depth) {
        StringBuilder page = new StringBuilder(depth * 16).append("<html><body>");
        for (int i = 0; i < depth; i++) {
            page.append(random.nextInt(4) == 0 ? "<table><tr><td>" : "<div><p>x ");
        }
        return utf8(page.toString());
    }

    private String attributes(int n) {
        StringBuilder out = new StringBuilder(n * 12);
        for (int i = 0; i < n; i++) {
            out.append(" a").append(i).append("=\"v\"");
        }
        return out.toString();
    }

    private byte[] wide(String page) {
        String[] charsets = {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"};
        String name = charsets[random.nextInt(charsets.length)];
        byte[] text = page.getBytes(Charset.forName(name));
        if (!random.nextBoolean()) {
            return text;
        }
        byte[] bom = "\uFEFF".getBytes(Charset.forName(name));
        return concat(bom, text);
    }

    private byte[] controls(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c);
            if (random.nextInt(20) == 0) {
                out.append((char) (1 + random.nextInt(31)));
            }
        }
        return utf8(out.toString());
    }

    private static String entityBomb() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY l0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        return dtd.append("]><rss version=\"2.0\"><channel><title>&l9;</title><item><title>&l9;</title></item>"
                + "</channel></rss>").toString();
    }

    private byte[] junk(int n) {
        byte[] out = new byte[n];
        random.nextBytes(out);
        return out;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static List<String> prose() {
        try (InputStream in = HostileInputs.class.getResourceAsStream("hostile-prose.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
