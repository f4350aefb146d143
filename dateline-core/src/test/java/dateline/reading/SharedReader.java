package dateline.reading;

/** One loaded reader for every test in this JVM: the models take seconds and gigabytes to load. */
final class SharedReader {
    private SharedReader() {
    }

    private static final class Holder {
        static final Reader READER = new Reader();
    }

    static Reader get() {
        return Holder.READER;
    }
}
