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

    /** The one-line message shown on stderr. */
    public String message() {
        return source + ": " + reason;
    }
}
