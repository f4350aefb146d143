package dateline.reading;

final class QuoteAttributor {
    Reading attribute(Reading r) {
        return r;
    }
}
