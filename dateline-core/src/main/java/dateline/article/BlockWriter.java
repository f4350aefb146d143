package dateline.article;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.QueryParser;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the text of the body's elements as paragraphs: each block-level element (and each {@code <br>}) ends a
 * paragraph, whitespace collapses, and regions that are not article text are skipped whole: headlines, figures and
 * captions (kept aside as {@link Image}s), share bars, related lists, bylines. The elements are not modified.
 */
final class BlockWriter {
    // Parsed once: selectFirst(String) would parse the query again for every figure.
    private static final Evaluator CAPTION = QueryParser.parse("figcaption, [class*=caption]");
    private static final Evaluator CREDIT =
            QueryParser.parse("[class*=credit], [class*=copyright], [class*=source], [class*=photographer]");
    private static final Evaluator FIGURE_CREDIT =
            QueryParser.parse("[class*=credit], [class*=copyright], [class*=photographer]");
    /** One paragraph of text, with how much of it is link text and what kind of element held it. */
    record Block(String text, int linkChars, String tag) {
        double linkDensity() {
            return text.isEmpty() ? 0 : (double) linkChars / text.length();
        }

        boolean isHeading() {
            return tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
        }
    }

    private final List<Block> blocks = new ArrayList<>();
    private final List<Image> images = new ArrayList<>();
    private final StringBuilder buffer = new StringBuilder();
    private final List<String> blockTags = new ArrayList<>();
    private final ContentFinder finder;
    private int linkChars;
    private int linkDepth;
    private int rootText;

    /** @param finder the text counts of the page, so that a region that holds most of the text is never skipped */
    BlockWriter(ContentFinder finder) {
        this.finder = finder;
    }

    List<Block> blocks() {
        return blocks;
    }

    List<Image> images() {
        return images;
    }

    void write(Element root) {
        ContentFinder.Stats rs = finder.stats(root);
        rootText = rs == null ? 0 : rs.text;
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    append(t.getWholeText());
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                String tag = e.normalName();
                if (tag.equals("figure") || tag.equals("figcaption") || (tag.equals("table") && isCaptionTable(e))) {
                    image(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag.equals("h1") || Boilerplate.JUNK_TAGS.contains(tag)
                        || (e != root && finder.hints().isRegion(e) && !holdsMostText(e))) {
                    if (finder.hints().isCaption(e)) {
                        image(e);
                    }
                    flush();
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag.equals("br")) {
                    flush();
                } else if (ContentFinder.BLOCKS.contains(tag)) {
                    flush();
                    blockTags.add(tag);
                } else if (tag.equals("a")) {
                    linkDepth++;
                } else if (tag.equals("img") && buffer.isEmpty()) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("a")) {
                        linkDepth--;
                    } else if (ContentFinder.BLOCKS.contains(tag) && !tag.equals("br")) {
                        flush();
                        if (!blockTags.isEmpty()) {
                            blockTags.remove(blockTags.size() - 1);
                        }
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        flush();
    }

    private boolean holdsMostText(Element e) {
        ContentFinder.Stats s = finder.stats(e);
        return s != null && rootText > 0 && s.text > rootText / 2;
    }

    private void append(String text) {
        int before = buffer.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b') {
                if (!buffer.isEmpty() && buffer.charAt(buffer.length() - 1) != ' ') {
                    buffer.append(' ');
                }
            } else {
                buffer.append(c);
            }
        }
        if (linkDepth > 0) {
            linkChars += buffer.length() - before;
        }
    }

    private void flush() {
        int end = buffer.length();
        while (end > 0 && buffer.charAt(end - 1) == ' ') {
            end--;
        }
        if (end > 0) {
            String tag = blockTags.isEmpty() ? "p" : blockTags.get(blockTags.size() - 1);
            blocks.add(new Block(buffer.substring(0, end), Math.min(linkChars, end), tag));
        }
        buffer.setLength(0);
        linkChars = 0;
    }

    /** A picture's caption and credit: the credit from a credit-named element or a trailing "Photo: …" part. */
    private void image(Element e) {
        Element cap = e.normalName().equals("figure") ? e.selectFirst(CAPTION) : e;
        if (cap == null) {
            return;
        }
        String credit = null;
        Element creditEl = cap.selectFirst(CREDIT);
        if (creditEl == null && e != cap) {
            creditEl = e.selectFirst(FIGURE_CREDIT);
        }
        String caption = cap.text();
        if (creditEl != null) {
            credit = Cleanup.stripCreditLabel(creditEl.text());
            caption = caption.replace(creditEl.text(), "").strip();
        } else {
            String[] split = Cleanup.splitCredit(caption);
            caption = split[0];
            credit = split[1];
        }
        caption = caption == null || caption.isBlank() ? null : Cleanup.stripLabel(caption);
        credit = credit == null || credit.isBlank() ? null : credit;
        if (caption != null || credit != null) {
            images.add(new Image(caption, credit));
        }
    }

    private static boolean isCaptionTable(Element table) {
        String hint = Boilerplate.hint(table);
        return hint.contains("caption") || hint.contains("image") || hint.contains("photo");
    }
}
