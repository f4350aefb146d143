package dateline.article;

import org.jsoup.nodes.Element;

import java.util.HashMap;
import java.util.Map;

/**
 * One page's verdicts on class, id and role names, memoised: a page repeats the same few hundred names on thousands
 * of elements, and each verdict checks a name against some two hundred fragments. Belongs to one extraction.
 */
final class Hints {
    private static final int REGION = 1;
    private static final int CAPTION = 2;
    private final Map<String, int[]> memo = new HashMap<>();

    /** Whether the element's names mark a non-article region (see {@link Boilerplate#isRegion}). */
    boolean isRegion(Element e) {
        int[] v = verdict(e);
        return v != null && (v[0] & REGION) != 0;
    }

    boolean isCaption(Element e) {
        int[] v = verdict(e);
        return v != null && (v[0] & CAPTION) != 0;
    }

    /** Readability-style class weight (see {@link Boilerplate#weight}). */
    int weight(Element e) {
        int[] v = verdict(e);
        return v == null ? 0 : v[1];
    }

    private int[] verdict(Element e) {
        if (e.attributesSize() == 0) {
            return null;
        }
        String hint = Boilerplate.hint(e);
        if (hint.isBlank()) {
            return null;
        }
        // Ids often number their elements ("post-4711"); no verdict depends on digits, so they share one entry.
        return memo.computeIfAbsent(withoutDigits(hint), h -> new int[] {
                (Boilerplate.isRegion(h) ? REGION : 0) | (h.contains("caption") ? CAPTION : 0), Boilerplate.weight(h)});
    }

    private static String withoutDigits(String hint) {
        int i = 0;
        while (i < hint.length() && !Character.isDigit(hint.charAt(i))) {
            i++;
        }
        if (i == hint.length()) {
            return hint;
        }
        StringBuilder b = new StringBuilder(hint.length()).append(hint, 0, i);
        for (; i < hint.length(); i++) {
            char c = hint.charAt(i);
            if (!Character.isDigit(c)) {
                b.append(c);
            } else if (b.length() == 0 || b.charAt(b.length() - 1) != '0') {
                b.append('0');
            }
        }
        return b.toString();
    }
}
