package dateline.page;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The inflated bytes of a stream of gzip members, as a per-record WARC.gz holds them, that does not fall silent at the
 * first bad member.
 *
 * <p>Written by hand because the JDK's {@code GZIPInputStream} treats anything after a member that is not a gzip header
 * as the end of the stream, so the records after one junk member vanish without a word, and Commons Compress and
 * jwarc throw there and go no further. Here bytes between members that are not gzip are skipped to the next gzip
 * header and said to {@code onSkip}; a member whose data is corrupt (bad deflate data, wrong CRC, cut short) throws
 * {@link CorruptMember}, after which {@link #resync()} moves on to the next member, so a reader can start afresh there.
 * Only the inflater's window and one input buffer are held, whatever the size of the archive.
 */
final class GzipMembers extends InputStream {
    /** A member whose data cannot be inflated; {@link #resync()} goes on with the next one. */
    static final class CorruptMember extends IOException {
        CorruptMember(String message) {
            super(message);
        }
    }

    private static final int FEXTRA = 4, FNAME = 8, FCOMMENT = 16, FHCRC = 2;

    private final InputStream in;
    private final Consumer<String> onSkip;
    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();
    private final byte[] buf = new byte[1 << 20];
    private int pos, lim;
    private long base; // offset in the raw stream of buf[0]
    private long memberStart = -1; // offset of the member being inflated; -1 between members
    private boolean broken, ended;
    private boolean resumed; // the bytes skipped next are the abandoned member's rest, already reported with it

    GzipMembers(InputStream in, Consumer<String> onSkip) {
        this.in = in;
        this.onSkip = onSkip;
    }

    /** True after a {@link CorruptMember}, until {@link #resync()}. */
    boolean broken() {
        return broken;
    }

    /**
     * Abandons the member being read, corrupt or holding a record its reader could not parse: reading goes on at the
     * next gzip header after that member's start, so a new reader starts at a record's beginning.
     */
    void resync() {
        if (memberStart >= base) {
            pos = (int) (memberStart - base) + 1; // the next member may begin inside the bytes already inflated
        }
        memberStart = -1;
        broken = false;
        ended = false;
        resumed = true;
        inflater.reset();
    }

    /** Where in the raw stream reading stands: the next member's search starts here. */
    long offset() {
        return base + pos;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] out, int off, int len) throws IOException {
        if (broken) {
            throw new CorruptMember("corrupt gzip member at byte " + memberStart + " (not yet skipped)");
        }
        while (len > 0 && !ended) {
            if (memberStart < 0 && !startMember()) {
                ended = true;
                break;
            }
            int n = inflate(out, off, len);
            if (n > 0) {
                return n;
            }
        }
        return -1;
    }

    /** Finds and reads the next member's header; false at the end of the stream. */
    private boolean startMember() throws IOException {
        long junkFrom = base + pos;
        boolean padding = true; // NULs after the last member are padding, not lost data
        while (true) {
            if (!fill(10)) {
                if (lim - pos >= 2 && (buf[pos] & 0xff) == 0x1f && (buf[pos + 1] & 0xff) == 0x8b) {
                    skipped(junkFrom, base + pos);
                    memberStart = base + pos;
                    pos = lim;
                    throw corrupt("cut short in its header");
                }
                for (int i = pos; i < lim && padding; i++) {
                    padding = buf[i] == 0;
                }
                if (!padding) {
                    skipped(junkFrom, base + lim);
                }
                pos = lim;
                return false;
            }
            if ((buf[pos] & 0xff) == 0x1f && (buf[pos + 1] & 0xff) == 0x8b && buf[pos + 2] == 8 && header()) {
                skipped(junkFrom, memberStart);
                return true;
            }
            padding &= buf[pos] == 0;
            pos++;
        }
    }

    /** Reads a header at {@code pos}; false (with {@code pos} unmoved) when what follows the magic is not one. */
    private boolean header() throws IOException {
        int at = pos;
        long start = base + pos;
        int flags = buf[at + 3] & 0xff;
        if ((flags & 0xe0) != 0) {
            return false;
        }
        pos += 10;
        if ((flags & FEXTRA) != 0) {
            if (!fill(2)) {
                return rewind(start);
            }
            int n = (buf[pos] & 0xff) | (buf[pos + 1] & 0xff) << 8;
            pos += 2;
            if (!skip(n)) {
                return rewind(start);
            }
        }
        for (int flag : new int[] {FNAME, FCOMMENT}) {
            if ((flags & flag) != 0 && !skipZeroTerminated()) {
                return rewind(start);
            }
        }
        if ((flags & FHCRC) != 0 && !skip(2)) {
            return rewind(start);
        }
        memberStart = start;
        inflater.reset();
        crc.reset();
        return true;
    }

    private boolean rewind(long start) {
        if (start >= base) {
            pos = (int) (start - base);
        }
        return false;
    }

    private int inflate(byte[] out, int off, int len) throws IOException {
        try {
            while (true) {
                if (inflater.needsInput()) {
                    if (!fill(1)) {
                        throw corrupt("cut short");
                    }
                    inflater.setInput(buf, pos, lim - pos);
                }
                int before = inflater.getRemaining();
                int n = inflater.inflate(out, off, len);
                pos += before - inflater.getRemaining();
                if (n > 0) {
                    crc.update(out, off, n);
                    if (inflater.finished()) {
                        trailer();
                    }
                    return n;
                }
                if (inflater.finished()) {
                    trailer();
                    return 0;
                }
                if (inflater.needsDictionary()) {
                    throw corrupt("needs a preset dictionary");
                }
            }
        } catch (DataFormatException e) {
            throw corrupt(e.getMessage() == null ? "bad deflate data" : e.getMessage());
        }
    }

    private void trailer() throws IOException {
        if (!fill(8)) {
            throw corrupt("cut short before its trailer");
        }
        long expected = (buf[pos] & 0xffL) | (buf[pos + 1] & 0xffL) << 8 | (buf[pos + 2] & 0xffL) << 16
                | (buf[pos + 3] & 0xffL) << 24;
        if (expected != crc.getValue()) {
            throw corrupt("CRC mismatch");
        }
        pos += 8;
        memberStart = -1;
    }

    private CorruptMember corrupt(String why) {
        broken = true;
        return new CorruptMember("corrupt gzip member at byte " + memberStart + ": " + why);
    }

    private void skipped(long from, long to) {
        if (resumed) {
            resumed = false;
        } else if (to > from) {
            onSkip.accept((to - from) + " bytes that are not gzip at byte " + from + " skipped"
                    + (to >= base + lim ? ", at the end of the archive" : "; reading went on at the next gzip member"));
        }
    }

    private boolean skip(int n) throws IOException {
        while (n > 0) {
            if (!fill(1)) {
                return false;
            }
            int step = Math.min(n, lim - pos);
            pos += step;
            n -= step;
        }
        return true;
    }

    private boolean skipZeroTerminated() throws IOException {
        while (fill(1)) {
            if (buf[pos++] == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Makes at least {@code n} bytes available from {@code pos}; false at the end of the stream. Bytes before
     * {@code pos} are kept while there is room, so a corrupt member's start is usually still here to resume after.
     */
    private boolean fill(int n) throws IOException {
        while (lim - pos < n) {
            if (lim == buf.length) {
                int keep = lim - pos;
                System.arraycopy(buf, pos, buf, 0, keep);
                base += pos;
                lim = keep;
                pos = 0;
            }
            int got = in.read(buf, lim, buf.length - lim);
            if (got < 0) {
                return false;
            }
            lim += got;
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        inflater.end();
        in.close();
    }
}
