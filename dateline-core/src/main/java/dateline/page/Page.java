package dateline.page;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Objects;

/**
 * One page as found, before any extraction: raw bytes plus where they came from.
 *
 * @param source  where the page was read: a path, plus {@code #record-id} or {@code #item-id} inside a WARC or feed
 * @param bytes   the page's bytes, already un-gzipped and bounded by the reader's limit
 * @param kind    HTML markup or plain text scraped off a page
 * @param url     the page's own URL where the container states it (WARC target URI, feed link), else null; only an
 *                http or https URL is kept, since a stranger's container may name {@code javascript:} or a file
 * @param charset the charset the container declares (HTTP header in a WARC record), else null: detect it
 */
public record Page(String source, byte[] bytes, Kind kind, String url, Charset charset) {

    /** What the bytes are. */
    public enum Kind { HTML, TEXT }

    public Page {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(kind, "kind");
        url = webUrl(url);
    }

    /** The URL when it is an absolute http or https URL, else null. */
    public static String webUrl(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        String scheme = u.length() > 8 ? u.substring(0, 8).toLowerCase(Locale.ROOT) : "";
        return (scheme.startsWith("http://") || scheme.startsWith("https://")) && u.chars().noneMatch(Character::isISOControl)
                ? u : null;
    }

    /** A page with only a source, bytes and kind: no URL, no declared charset. */
    public static Page of(String source, byte[] bytes, Kind kind) {
        return new Page(source, bytes, kind, null, null);
    }

    @Override
    public String toString() {
        return "Page[" + source + ", " + kind + ", " + bytes.length + " bytes]";
    }
}
