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
        return memo.computeIfAbsent(hint, h -> new int[] {
                (Boilerplate.isRegion(h) ? REGION : 0) | (h.contains("caption") ? CAPTION : 0), Boilerplate.weight(h)});
    }
}
