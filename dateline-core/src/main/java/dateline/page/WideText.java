package dateline.page;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Pages saved as UTF-16 or UTF-32, with or without a byte-order mark, turned into UTF-8 before anything looks at
 * them: read byte by byte, their markup hides behind NULs, so they pass for binary junk or plain text.
 */
final class WideText {
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");

    private WideText() {
    }

    /** The bytes as UTF-8 when they are UTF-16 or UTF-32 text; otherwise the bytes themselves. */
    static byte[] toUtf8(byte[] b) {
        Charset wide = bom(b);
        int skip = wide == null ? 0 : wide == UTF_32LE || wide == UTF_32BE ? 4 : 2;
        if (wide == null) {
            wide = byNuls(b);
        }
        return wide == null ? b : new String(b, skip, b.length - skip, wide).getBytes(StandardCharsets.UTF_8);
    }

    private static Charset bom(byte[] b) {
        if (b.length >= 4 && u(b, 0) == 0xFF && u(b, 1) == 0xFE && u(b, 2) == 0 && u(b, 3) == 0) {
            return UTF_32LE;
        }
        if (b.length >= 4 && u(b, 0) == 0 && u(b, 1) == 0 && u(b, 2) == 0xFE && u(b, 3) == 0xFF) {
            return UTF_32BE;
        }
        if (b.length >= 2 && u(b, 0) == 0xFE && u(b, 1) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && u(b, 0) == 0xFF && u(b, 1) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /**
     * Markup and Latin text in UTF-16 has a NUL in every other byte, and in UTF-32 the two high bytes of every
     * character are NUL: over the first 4 KB, NULs that keep to the high-byte positions (and never stand in the low
     * byte's) are wide text, not binary junk, whose NULs fall anywhere.
     */
    private static Charset byNuls(byte[] b) {
        int n = Math.min(b.length, 4096) & ~3;
        if (n < 8) {
            return null;
        }
        double[] share = new double[4];
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                share[i & 3] += 4.0 / n;
            }
        }
        if (share[0] < 0.02 && share[2] > 0.9 && share[3] > 0.9) {
            return UTF_32LE;
        }
        if (share[3] < 0.02 && share[0] > 0.9 && share[1] > 0.9) {
            return UTF_32BE;
        }
        if (share[0] < 0.02 && share[2] < 0.02 && share[1] > 0.3 && share[3] > 0.3) {
            return StandardCharsets.UTF_16LE;
        }
        if (share[1] < 0.02 && share[3] < 0.02 && share[0] > 0.3 && share[2] > 0.3) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static int u(byte[] b, int i) {
        return b[i] & 0xff;
    }
}
