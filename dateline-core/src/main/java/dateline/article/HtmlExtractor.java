package dateline.article;

import dateline.page.Page;
import dateline.page.TextDecoder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Extracts the article from an HTML page in one jsoup parse: metadata from meta tags and JSON-LD, the body from the
 * best-scoring content block ({@link ContentFinder}) written as paragraphs ({@link BlockWriter}), then line cleanup.
 * JSON-LD {@code articleBody} stands in when the page's markup yields much less text than it.
 */
final class HtmlExtractor {
    private final LanguageGuesser languages;

    HtmlExtractor(LanguageGuesser languages) {
        this.languages = languages;
    }

    Article extract(Page page) {
        Document doc = Jsoup.parse(TextDecoder.decode(page), page.url() == null ? "" : page.url());
        PageMeta meta = new PageMeta(doc);
        boolean dayFirst = dayFirst(meta);
        String title = title(doc, meta);
        PublishedDate published = DateFinder.published(doc, meta, title, dayFirst);
        PublishedDate modified = DateFinder.modified(meta, dayFirst);
        List<String> authors = Authors.find(doc, meta);
        Element body = doc.body();
        List<String> paragraphs = new ArrayList<>();
        List<Image> images = new ArrayList<>();
        if (body != null) {
            removeJunk(body);
            ContentFinder finder = new ContentFinder();
            BlockWriter writer = new BlockWriter(finder);
            for (Element root : finder.find(body)) {
                writer.write(root);
            }
            paragraphs = BodyFilter.paragraphs(writer.blocks(), title, authors);
            images = writer.images();
        }
        String ld = meta.json("articleBody");
        if (ld != null) {
            List<String> ldParagraphs = BodyFilter.lines(ld, title);
            int ours = length(paragraphs);
            int theirs = length(ldParagraphs);
            if (theirs >= 300 && ours < theirs / 2) {
                paragraphs = ldParagraphs;
            }
        }
        String text = Cleanup.join(paragraphs);
        String lead = paragraphs.isEmpty() ? null : paragraphs.get(0);
        String url = meta.canonical() != null ? meta.canonical() : page.url();
        String language = languages.guess(text.isEmpty() && title != null ? title : text, meta.htmlLang());
        return new Article(page.source(), title, published, modified, section(meta), authors, language, url, lead, text,
                images);
    }

    /** Day-first numeric dates everywhere but in US English pages. */
    private static boolean dayFirst(PageMeta meta) {
        String lang = meta.htmlLang().toLowerCase(Locale.ROOT).replace('_', '-');
        String locale = meta.meta("og:locale") == null ? "" : meta.meta("og:locale").toLowerCase(Locale.ROOT);
        return !(lang.equals("en-us") || lang.equals("en") && !locale.startsWith("en-gb") && !locale.startsWith("en_gb")
                || locale.equals("en_us"));
    }

    private static String title(Document doc, PageMeta meta) {
        String og = Cleanup.cleanTitle(meta.firstMeta("og:title", "twitter:title"));
        String ld = Cleanup.cleanTitle(meta.json("headline"));
        String page = Cleanup.cleanTitle(doc.title());
        Element headline = headline(doc, og, ld, page);
        if (headline != null) {
            return headline.text().strip();
        }
        return og != null ? og : ld != null ? ld : page;
    }

    /**
     * The element that shows the headline: the first heading or title-named element whose text is the page's title
     * as its metadata gives it (or most of it). A masthead h1 with the site's name is not it.
     */
    static Element headline(Document doc, String... titles) {
        int checked = 0;
        for (Element e : doc.select("h1, h2, h3, [class*=title], [class*=headline]")) {
            if (++checked > 80) {
                break;
            }
            String k = Cleanup.key(e.text());
            if (k.length() < 8 || k.length() > 400) {
                continue;
            }
            for (String t : titles) {
                String tk = t == null ? "" : Cleanup.key(t);
                if (!tk.isEmpty() && (k.equals(tk) || (tk.contains(k) && k.length() >= tk.length() * 0.6)
                        || (k.contains(tk) && tk.length() >= k.length() * 0.6))) {
                    return e;
                }
            }
        }
        return null;
    }

    private static String section(PageMeta meta) {
        String s = meta.json("articleSection");
        if (s == null) {
            s = meta.firstMeta("article:section", "section", "parsely-section", "sailthru.section", "article.section",
                    "cxenseparse:pageclass-section", "og:section", "category");
        }
        return s == null || s.length() > 60 ? null : s.strip();
    }

    /**
     * Removes what is never article text: scripts, styles, forms' controls, navigation, asides, footers, hidden
     * elements and regions named like share bars, comments or related lists. Elements that hold the headline or an
     * {@code itemprop=articleBody} are kept whatever their names.
     */
    private static void removeJunk(Element body) {
        Set<Element> keep = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Element e : body.select("h1, [itemprop=articleBody]")) {
            for (Element p = e; p != null; p = p.parent()) {
                if (!keep.add(p)) {
                    break;
                }
            }
        }
        int limit = textLength(body, Integer.MAX_VALUE) * 2 / 5;
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || e == body) {
                    return FilterResult.CONTINUE;
                }
                String tag = e.normalName();
                if (Boilerplate.JUNK_TAGS.contains(tag) && !keep.contains(e)) {
                    return FilterResult.REMOVE;
                }
                if (isFigure(e)) {
                    return FilterResult.SKIP_CHILDREN;
                }
                if (e.attributesSize() == 0 || keep.contains(e)) {
                    return FilterResult.CONTINUE;
                }
                if (e.hasAttr("hidden") || isHiddenStyle(e.attr("style"))) {
                    return FilterResult.REMOVE;
                }
                String hint = Boilerplate.hint(e);
                if (!Boilerplate.isRegion(hint)) {
                    return FilterResult.CONTINUE;
                }
                // Layout wrappers are named for their sidebars too ("content-with-sidebar"): a region that holds
                // a large part of the page's text is more likely the article's wrapper than a sidebar.
                boolean comments = hint.contains("comment") || hint.contains("disqus") || hint.contains("replies");
                return comments || textLength(e, limit) < limit ? FilterResult.REMOVE : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
    }

    /** Captions and credits are read later from figures, so figure parts survive the region sweep. */
    private static boolean isFigure(Element e) {
        String tag = e.normalName();
        return tag.equals("figure") || tag.equals("figcaption") || tag.equals("picture") || tag.equals("img");
    }

    private static boolean isHiddenStyle(String style) {
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    /** Non-space characters under an element, counted up to {@code cap}. */
    private static int textLength(Element e, int cap) {
        int[] n = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof org.jsoup.nodes.TextNode t) {
                    String s = t.getWholeText();
                    for (int i = 0; i < s.length(); i++) {
                        if (s.charAt(i) > ' ') {
                            n[0]++;
                        }
                    }
                    return n[0] >= cap ? FilterResult.STOP : FilterResult.CONTINUE;
                }
                return node instanceof Element el && (el.normalName().equals("script") || el.normalName().equals("style"))
                        ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, e);
        return n[0];
    }

    private static int length(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) {
            n += p.length();
        }
        return n;
    }
}
