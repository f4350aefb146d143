package dateline.reading;

final class SourceChains {
    Reading chain(Reading r) {
        return r;
    }
}
