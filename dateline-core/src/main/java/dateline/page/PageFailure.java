package dateline.page;

import java.util.Objects;

/**
 * An input, or a part of one, that could not be turned into a page or an article.
 *
 * @param source the input as the user named it, plus {@code #record} inside a container
 * @param reason one line saying what was wrong, for a person to read
 */
public record PageFailure(String source, String reason) {
    public PageFailure {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * The one-line message shown on stderr. Control characters of the source and the reason are written as escapes:
     * a file name or a record id with a line break in it must not forge a second line of its own.
     */
    public String message() {
        return oneLine(source) + ": " + oneLine(reason);
    }

    private static String oneLine(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
