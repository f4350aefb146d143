package dateline.article;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps the article's own paragraphs from the written blocks: drops the headline, bylines, date lines, furniture
 * ("Advertisement", "Read more: …") and link lists, then trailing headings left without a paragraph. Repeated
 * paragraphs stay: articles repeat headings and list items ("Meal 1"), and teasers that repeat the text are gone
 * with their regions already.
 */
final class BodyFilter {
    private BodyFilter() {
    }

    static List<String> paragraphs(List<BlockWriter.Block> blocks, String title, List<String> authors) {
        List<String> out = new ArrayList<>();
        List<Boolean> headings = new ArrayList<>();
        Set<String> authorKeys = new HashSet<>();
        for (String a : authors) {
            authorKeys.add(Cleanup.key(a));
        }
        String titleKey = title == null ? null : Cleanup.key(title);
        boolean afterLabel = false;
        for (BlockWriter.Block b : blocks) {
            String t = b.text();
            if (Cleanup.CREDIT_LABEL.matcher(t).matches()) {
                afterLabel = true;
                continue;
            }
            if (afterLabel) {
                afterLabel = false;
                if (t.length() < 100) {
                    continue;
                }
            }
            String key = Cleanup.key(t);
            if (key.equals(titleKey) || !keep(t) || authorKeys.contains(key)) {
                continue;
            }
            double density = b.linkDensity();
            if ((density > 0.5 && t.length() < 400) || (b.tag().equals("li") && density > 0.3)) {
                continue;
            }
            out.add(t);
            headings.add(b.isHeading());
        }
        trimTail(out, headings);
        return out;
    }

    /** The paragraphs of a plain-text body (JSON-LD articleBody), cleaned the same way. */
    static List<String> lines(String text, String title) {
        List<String> out = new ArrayList<>();
        for (String l : Cleanup.lines(text.replace("\\n", "\n"))) {
            String t = l.replaceAll("\\s+", " ");
            if (!Cleanup.sameText(t, title) && keep(t)) {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean keep(String t) {
        if (Cleanup.isFurniture(t) || Cleanup.isByline(t)) {
            return false;
        }
        return !isDateLine(t);
    }

    /** "Published 18 November 2019, 10:31 GMT" and the like: short lines that are mostly a date. */
    private static boolean isDateLine(String t) {
        if (t.length() > 60 || t.chars().noneMatch(Character::isDigit)) {
            return false;
        }
        PublishedDate d = DateParser.parse(t, true, "text");
        if (d == null) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < t.length(); i++) {
            letters += Character.isLetter(t.charAt(i)) ? 1 : 0;
        }
        return letters < 30;
    }

    /** Headings and short label lines at the very end introduce boilerplate that was removed. */
    private static void trimTail(List<String> out, List<Boolean> headings) {
        while (!out.isEmpty()) {
            int last = out.size() - 1;
            String t = out.get(last);
            if (headings.get(last) || (t.length() < 30 && !endsSentence(t))) {
                out.remove(last);
                headings.remove(last);
            } else {
                break;
            }
        }
    }

    static boolean endsSentence(String t) {
        char c = t.charAt(t.length() - 1);
        return c == '.' || c == '!' || c == '?' || c == '"' || c == '”' || c == '»' || c == '。' || c == ')';
    }
}
