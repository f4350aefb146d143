package dateline.reading;

final class EntityTyper {
    Reading type(Reading r) {
        return r;
    }
}
