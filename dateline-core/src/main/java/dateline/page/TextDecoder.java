package dateline.page;

import org.mozilla.universalchardet.UniversalDetector;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a page's bytes to text, trusting evidence in this order: a byte-order mark; bytes that are valid UTF-8
 * (multi-byte UTF-8 almost never happens by accident, and pages often declare the wrong charset); the charset the
 * container or the page's own {@code <meta>} declares; a statistical guess; windows-1252.
 */
public final class TextDecoder {
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]{2,40})", Pattern.CASE_INSENSITIVE);

    private TextDecoder() {
    }

    /** The page's text; never throws, undecodable bytes become U+FFFD. */
    public static String decode(Page page) {
        byte[] b = page.bytes();
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        // One decoding pass: malformed UTF-8 turns into U+FFFD, so a result without it proves the bytes valid.
        String utf8 = new String(b, StandardCharsets.UTF_8);
        if (utf8.indexOf('\uFFFD') < 0 || isUtf8(b)) {
            return utf8;
        }
        Charset declared = page.charset() != null ? page.charset() : metaCharset(b);
        Charset guessed = guess(b);
        if (declared != null && !declared.equals(StandardCharsets.UTF_8) && !isAsciiCompatibleMisfit(declared)) {
            String text = new String(b, declared);
            // A page that claims a Western charset but reads as mostly accented Latin letters is Cyrillic, Greek or
            // CJK bytes under a template's label: real French or Portuguese text has a few accents in a hundred.
            if (!(isWestern(declared) && guessed != null && !isWestern(guessed) && mostlyAccented(text))) {
                return text;
            }
        }
        return new String(b, guessed != null ? guessed : Charset.forName("windows-1252"));
    }

    private static boolean mostlyAccented(String text) {
        int ascii = 0;
        int accented = 0;
        boolean inTag = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<' || c == '>') {
                inTag = c == '<';
            } else if (inTag) {
                continue;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                ascii++;
            } else if (c >= 0xA0 && c <= 0xFF) {
                accented++;
            }
        }
        return accented > (ascii + accented) / 5;
    }

    /** windows-1252 and its kin: a label templates put on pages whatever their bytes are. */
    private static boolean isWestern(Charset c) {
        String n = c.name().toUpperCase(Locale.ROOT);
        return n.equals("WINDOWS-1252") || n.equals("ISO-8859-1") || n.equals("ISO-8859-15") || n.equals("US-ASCII");
    }

    static boolean isUtf8(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The charset a page's own meta tag names, looked for in its first 4 KB only. */
    static Charset metaCharset(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? charset(m.group(1)) : null;
    }

    private static Charset guess(byte[] b) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(b, 0, Math.min(b.length, 1 << 20));
        detector.dataEnd();
        return charset(detector.getDetectedCharset());
    }

    private static Charset charset(String name) {
        if (name == null) {
            return null;
        }
        String n = name.toLowerCase(Locale.ROOT);
        // Browsers treat these labels as windows-1252; so do we (WHATWG Encoding Standard).
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
            n = "windows-1252";
        }
        try {
            return Charset.forName(n);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** UTF-16/32 declared on bytes that were not decodable as such is a lie we should not believe. */
    private static boolean isAsciiCompatibleMisfit(Charset c) {
        String n = c.name().toUpperCase(Locale.ROOT);
        return n.startsWith("UTF-16") || n.startsWith("UTF-32");
    }
}
