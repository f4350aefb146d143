package dateline.eval;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * The fixed split of every development corpus into a tuning part, which rules may be read off, and a check part,
 * which says whether they hold on documents nobody looked at while writing them. A document's part follows from its
 * file name alone (the CRC-32 of the name without folders and extensions: even is tuning, odd is check), so it never
 * changes, whatever is added to the corpus, and any tool can compute it.
 */
public enum Split {
    TUNING, CHECK, ALL;

    /** The part a document belongs to: {@link #TUNING} or {@link #CHECK}. */
    public static Split of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.indexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        CRC32 crc = new CRC32();
        crc.update(stem.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 2 == 0 ? TUNING : CHECK;
    }

    /** Whether a document is in this part ({@link #ALL} holds every document). */
    public boolean holds(Path file) {
        return this == ALL || of(file) == this;
    }
}
