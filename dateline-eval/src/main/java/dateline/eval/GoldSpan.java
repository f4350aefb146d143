package dateline.eval;

/** A gold or system span with a label: a time value, an entity type or a chain id. */
public record GoldSpan(int start, int end, String label) {
    public boolean overlaps(int s, int e) {
        return s < end && e > start;
    }

    public boolean overlaps(GoldSpan o) {
        return overlaps(o.start, o.end);
    }

    public boolean sameExtent(GoldSpan o) {
        return start == o.start && end == o.end;
    }
}
