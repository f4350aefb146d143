package dateline.reading;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The two ways Dateline folds a name for comparison. Within one text, spelling is the writer's own, so only spacing
 * and case are folded ({@link #inText}); across texts and against the gazetteer, accents, apostrophes and punctuation
 * go too ({@link #key}), since "Komsomolsk-on-Amur" and "Komsomol'sk na Amure" come from different hands.
 */
public final class Names {
    private static final Pattern SPACES = Pattern.compile("(?U)\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’`ʼ‘]");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Names() {
    }

    /** A name folded for comparison within one text: spaces collapsed, lower case. */
    public static String inText(String name) {
        return SPACES.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /**
     * A name folded for comparison across texts and with the gazetteer: accents and apostrophes dropped, lower case,
     * any run of other punctuation or space as one space. {@code "Komsomol’sk-on-Amur"} becomes {@code "komsomolsk on
     * amur"}.
     */
    public static String key(String name) {
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        s = APOSTROPHES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
        return NON_WORD.matcher(s).replaceAll(" ").strip();
    }
}
