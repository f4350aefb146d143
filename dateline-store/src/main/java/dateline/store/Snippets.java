package dateline.store;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A short passage of an article around the first query word it contains, for result lists. */
final class Snippets {
    private static final int WIDTH = 160;

    private Snippets() {
    }

    static String around(String text, String query) {
        int at = -1;
        for (String word : query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() > 2 && !word.equals("and") && !word.equals("not")) {
                // Matched in the text itself: a lower-cased copy can be longer ("İ" becomes two chars), and its
                // offsets would cut the wrong passage or none at all.
                Matcher m = Pattern.compile(Pattern.quote(word), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                        .matcher(text);
                if (m.find()) {
                    at = m.start();
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
