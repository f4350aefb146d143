package dateline.store;

import java.util.Locale;

/** A short passage of an article around the first query word it contains, for result lists. */
final class Snippets {
    private static final int WIDTH = 160;

    private Snippets() {
    }

    static String around(String text, String query) {
        String lower = text.toLowerCase(Locale.ROOT);
        int at = -1;
        for (String word : query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() > 2 && !word.equals("and") && !word.equals("not")) {
                at = lower.indexOf(word);
                if (at >= 0) {
                    break;
                }
            }
        }
        int from = Math.max(0, at < 0 ? 0 : at - WIDTH / 3);
        int to = Math.min(text.length(), from + WIDTH);
        String s = text.substring(from, to).replaceAll("\\s+", " ").strip();
        return (from > 0 ? "…" : "") + s + (to < text.length() ? "…" : "");
    }
}
