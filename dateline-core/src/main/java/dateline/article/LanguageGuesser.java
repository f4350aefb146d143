package dateline.article;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Names the language of an article's text (ISO 639-1) with the n-gram profiles of optimaize's language-detector,
 * falling back to the page's declared {@code lang} when the text is too short to tell. Loaded once (about 70
 * profiles); thread-safe, as the detector keeps no state between calls.
 */
final class LanguageGuesser {
    private static final int SAMPLE = 500;
    private final LanguageDetector detector;

    LanguageGuesser() {
        try {
            detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .withProfiles(new LanguageProfileReader().readAllBuiltIn())
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the language profiles", e);
        }
    }

    /** The language of {@code text}, else of {@code declared} (a tag such as {@code en-US}), else {@code "und"}. */
    String guess(String text, String declared) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        int letters = 0;
        for (int i = 0; i < sample.length() && letters < 40; i++) {
            letters += Character.isLetter(sample.charAt(i)) ? 1 : 0;
        }
        if (letters >= 40) {
            List<DetectedLanguage> found = detector.getProbabilities(sample);
            if (!found.isEmpty() && found.get(0).getProbability() >= 0.6) {
                return found.get(0).getLocale().getLanguage();
            }
        }
        return declared(declared);
    }

    static String declared(String tag) {
        if (tag == null || tag.isBlank()) {
            return "und";
        }
        String primary = tag.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? primary : "und";
    }
}
