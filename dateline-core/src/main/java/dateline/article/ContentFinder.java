package dateline.article;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the elements that hold an article's body, in the manner of Readability: every paragraph-like block scores by
 * its length and commas, the score flows to its parent and, fading, to further ancestors; class and id words and link
 * density weigh each candidate; the best one is kept with those siblings that score nearly as well.
 *
 * <p>All text lengths come from one bottom-up pass over the tree, so the whole search is linear in the page's size.
 */
final class ContentFinder {
    static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "dd", "div", "dl", "dt",
            "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
            "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "td", "th",
            "ul", "center", "details", "summary", "caption", "hgroup", "menu", "body", "html", "br", "dialog");

    /** Text counts of one element: all of its text, and the part not inside block-level descendants. */
    static final class Stats {
        int text;
        int link;
        int commas;
        int blockText;
        int blockLink;
        int blockCommas;
        double score;
        boolean candidate;
        /** Text in paragraphs of this element that are long and mostly free of links. */
        int good;

        int inlineText() {
            return text - blockText;
        }

        double linkDensity() {
            return text == 0 ? 0 : (double) link / text;
        }
    }

    private final Map<Element, Stats> stats = new IdentityHashMap<>();
    private final Hints hints;

    ContentFinder(Hints hints) {
        this.hints = hints;
    }

    Hints hints() {
        return hints;
    }

    Stats stats(Element e) {
        return stats.get(e);
    }

    /** The body's elements in document order (the best candidate, or it and its worthy siblings), or empty. */
    List<Element> find(Element root) {
        measure(root);
        List<Element> candidates = new ArrayList<>();
        for (Map.Entry<Element, Stats> entry : stats.entrySet()) {
            Element e = entry.getKey();
            Stats s = entry.getValue();
            int len = s.inlineText();
            String tag = e.normalName();
            if (len < 25 || !BLOCKS.contains(tag) || tag.startsWith("h") || tag.equals("li") || tag.equals("figcaption")
                    || tag.equals("body") || tag.equals("html")) {
                continue;
            }
            double inlineLinks = s.link - s.blockLink;
            double linkFree = 1 - Math.min(1, inlineLinks / Math.max(1, len));
            double score = (1 + (s.commas - s.blockCommas) + Math.min(len / 100.0, 3)) * linkFree;
            // A paragraph scores for its container; a div that holds text itself (text and <br>) is a container.
            Element target = switch (tag) {
                case "p", "pre", "td", "blockquote", "dd", "dt" -> e.parent();
                default -> e;
            };
            if (len >= 40 && inlineLinks < len * 0.3) {
                s.good += len; // summed up the tree below, in one pass: walking every ancestor here is quadratic
            }
            double share = score;
            for (int level = 0; target != null && level < 5; level++) {
                Stats ts = stats.get(target);
                if (ts == null) {
                    break;
                }
                if (!ts.candidate) {
                    ts.candidate = true;
                    ts.score = initial(target);
                    candidates.add(target);
                }
                ts.score += level == 0 ? share : level == 1 ? share / 2 : share / (level * 3);
                target = target.parent();
            }
        }
        sumGoodUpwards(root);
        Element top = null;
        double best = 0;
        for (Element c : candidates) {
            Stats s = stats.get(c);
            s.score *= 1 - s.linkDensity();
            if (s.score > best) {
                best = s.score;
                top = c;
            }
        }
        if (top == null) {
            return List.of();
        }
        top = climb(top, candidates, best);
        top = widen(top);
        return withSiblings(top);
    }

    /**
     * When several strong candidates share an ancestor (articles split by ads into many divs), that ancestor is the
     * article; and a parent that scores about as well as the best holds more of it.
     */
    private Element climb(Element top, List<Element> candidates, double best) {
        List<Element> strong = new ArrayList<>();
        for (Element c : candidates) {
            if (c != top && stats.get(c).score >= best * 0.75) {
                strong.add(c);
            }
        }
        if (strong.size() >= 2) {
            Element parent = top.parent();
            while (parent != null && !parent.normalName().equals("body")) {
                int inside = 0;
                for (Element s : strong) {
                    if (isAncestor(parent, s)) {
                        inside++;
                    }
                }
                if (inside >= 2) {
                    top = parent;
                    break;
                }
                parent = parent.parent();
            }
        }
        Stats ts = stats.get(top);
        Element parent = top.parent();
        while (parent != null && !parent.normalName().equals("body")) {
            Stats ps = stats.get(parent);
            if (ps == null || !ps.candidate || ps.score < ts.score * 0.95) {
                break;
            }
            top = parent;
            ts = ps;
            parent = top.parent();
        }
        return top;
    }

    /** An article split into parts by figures or ads: climb while an ancestor holds much more paragraph text. */
    private Element widen(Element top) {
        Stats ts = stats.get(top);
        for (Element p = top.parent(); p != null && !p.normalName().equals("body"); p = p.parent()) {
            Stats ps = stats.get(p);
            if (ps != null && ps.good >= ts.good * WIDEN && ps.linkDensity() < 0.3) {
                top = p;
                ts = ps;
            }
        }
        return top;
    }

    /** How much more paragraph text an ancestor must hold to be taken instead (tried 1.15 to 2 on dev pages). */
    private static final double WIDEN = 1.5;

    private List<Element> withSiblings(Element top) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        Stats ts = stats.get(top);
        double threshold = Math.max(10, ts.score * 0.2);
        String topClass = top.className();
        List<Element> out = new ArrayList<>();
        for (Element sib : parent.children()) {
            if (sib == top) {
                out.add(sib);
                continue;
            }
            Stats s = stats.get(sib);
            if (s == null || s.text == 0) {
                continue;
            }
            double bonus = !topClass.isEmpty() && topClass.equals(sib.className()) ? ts.score * 0.2 : 0;
            if (s.candidate && s.score + bonus >= threshold) {
                out.add(sib);
            } else if (sib.normalName().equals("p")) {
                double density = s.linkDensity();
                if ((s.text > 80 && density < 0.25) || (s.text > 30 && density == 0 && endsSentence(sib))) {
                    out.add(sib);
                }
            }
        }
        return out;
    }

    /** Each element's good text becomes its own plus all its descendants': a post-order pass, children first. */
    private void sumGoodUpwards(Element root) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e != root) {
                    Stats own = stats.get(e);
                    Stats parent = stats.get(e.parent());
                    if (own != null && parent != null) {
                        parent.good += own.good;
                    }
                }
            }
        }, root);
    }

    private static boolean endsSentence(Element p) {
        String t = p.text();
        return t.endsWith(".") || t.endsWith("。") || t.endsWith("!") || t.endsWith("?") || t.endsWith("”");
    }

    private static boolean isAncestor(Element a, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == a) {
                return true;
            }
        }
        return false;
    }

    private double initial(Element e) {
        double s = switch (e.normalName()) {
            case "div", "article", "section", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (e.hasAttr("itemprop") && e.attr("itemprop").contains("articleBody")) {
            s += 40;
        }
        return s + hints.weight(e);
    }

    /** One pass: text, link text and commas per element, and the part of each inside block-level children. */
    private void measure(Element root) {
        NodeTraversor.traverse(new NodeVisitor() {
            int linkDepth;
            final List<Stats> stack = new ArrayList<>();
            boolean lastSpace = true;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    Stats s = new Stats();
                    stats.put(e, s);
                    stack.add(s);
                    if (e.normalName().equals("a")) {
                        linkDepth++;
                    }
                } else if (node instanceof TextNode t && !stack.isEmpty()) {
                    Stats s = stack.get(stack.size() - 1);
                    String text = t.getWholeText();
                    int n = 0;
                    int commas = 0;
                    for (int i = 0; i < text.length(); i++) {
                        char c = text.charAt(i);
                        if (Character.isWhitespace(c) || c == '\u00a0') {
                            if (!lastSpace) {
                                n++;
                                lastSpace = true;
                            }
                        } else {
                            n++;
                            lastSpace = false;
                            if (c == ',' || c == '、' || c == '，' || c == '،') {
                                commas++;
                            }
                        }
                    }
                    s.text += n;
                    s.commas += commas;
                    if (linkDepth > 0) {
                        s.link += n;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    Stats s = stack.remove(stack.size() - 1);
                    if (e.normalName().equals("a")) {
                        linkDepth--;
                    }
                    if (!stack.isEmpty()) {
                        Stats p = stack.get(stack.size() - 1);
                        p.text += s.text;
                        p.link += s.link;
                        p.commas += s.commas;
                        if (BLOCKS.contains(e.normalName())) {
                            p.blockText += s.text;
                            p.blockLink += s.link;
                            p.blockCommas += s.commas;
                        } else {
                            p.blockText += s.blockText;
                            p.blockLink += s.blockLink;
                            p.blockCommas += s.blockCommas;
                        }
                    }
                }
            }
        }, root);
    }
}
