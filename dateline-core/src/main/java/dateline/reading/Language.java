package dateline.reading;

import dateline.article.Article;

import java.util.Locale;
import java.util.Set;

/** Whether an article is English, the one language the reading chain reads. */
final class Language {
    // The commonest English function words: in English prose they make up a third or more of the words.
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "of", "and", "to", "a", "in", "is", "that", "for",
            "it", "on", "was", "with", "he", "as", "at", "by", "from", "his", "has", "have", "are", "be", "said", "its",
            "an", "were", "which", "this", "will", "but", "not", "they", "after");

    private Language() {
    }

    /** True for "en"; for "und" (not detected), true when the text looks English. */
    static boolean isEnglish(Article article) {
        String lang = article.language();
        if (lang.equals("en") || lang.startsWith("en-")) {
            return true;
        }
        return lang.equals("und") && looksEnglish(article.text());
    }

    static boolean looksEnglish(String text) {
        int words = 0, hits = 0;
        for (String w : text.substring(0, Math.min(text.length(), 20_000)).split("[^\\p{L}']+")) {
            if (w.isEmpty()) {
                continue;
            }
            words++;
            if (FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                hits++;
            }
        }
        // Short texts (a headline) carry too few words to judge; read them.
        return words < 8 || hits >= words * 0.12;
    }
}
