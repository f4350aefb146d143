package dateline.reading;

/** Character offsets into {@code Article.text()}, Java {@code String} indices, end exclusive. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
