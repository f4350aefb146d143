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
        String og = Cleanup.cleanTitle(meta.firstMeta("og:title", "twitter:title"));
        String ld = Cleanup.cleanTitle(meta.json("headline"));
        String pageTitle = Cleanup.cleanTitle(doc.title());
        Element headline = headline(doc, og, ld, pageTitle);
        String title = headline != null ? headline.text().strip() : og != null ? og : ld != null ? ld : pageTitle;
        PublishedDate published = DateFinder.published(doc, meta, headline, dayFirst);
        PublishedDate modified = DateFinder.modified(meta, dayFirst);
        List<String> authors = Authors.find(doc, meta);
        Element body = doc.body();
        List<String> paragraphs = new ArrayList<>();
        List<Image> images = new ArrayList<>();
        if (body != null) {
            Hints hints = new Hints();
            removeJunk(body, headline, hints);
            ContentFinder finder = new ContentFinder(hints);
            BlockWriter writer = new BlockWriter(finder);
            for (Element root : finder.find(body)) {
                writer.write(root);
            }
            paragraphs = BodyFilter.paragraphs(writer.blocks(), title, authors);
            images = writer.images();
        }
        String articleBody = meta.json("articleBody");
        if (articleBody != null) {
            List<String> ldParagraphs = BodyFilter.lines(articleBody, title);
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

    /**
     * The element that shows the headline: the first heading or title-named element whose text is the page's title
     * as its metadata gives it (or most of it). A masthead h1 with the site's name is not it.
     */
    static Element headline(Document doc, String... titles) {
        List<String> keys = new ArrayList<>();
        for (String t : titles) {
            if (t != null && !Cleanup.key(t).isEmpty()) {
                keys.add(Cleanup.key(t));
            }
        }
        if (keys.isEmpty() || doc.body() == null) {
            return null;
        }
        Element[] found = {null};
        int[] checked = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                String tag = e.normalName();
                if (tag.equals("script") || tag.equals("style") || tag.equals("svg")) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                boolean heading = tag.equals("h1") || tag.equals("h2") || tag.equals("h3");
                if (!heading) {
                    String c = e.className();
                    if (c.isEmpty() || !(c.contains("title") || c.contains("headline"))) {
                        return FilterResult.CONTINUE;
                    }
                }
                if (matches(Cleanup.key(e.text()), keys)) {
                    found[0] = e;
                    return FilterResult.STOP;
                }
                return ++checked[0] > 80 ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, doc.body());
        return found[0];
    }

    private static boolean matches(String k, List<String> titleKeys) {
        if (k.length() < 8 || k.length() > 400) {
            return false;
        }
        for (String tk : titleKeys) {
            if (k.equals(tk) || (tk.contains(k) && k.length() >= tk.length() * 0.6)
                    || (k.contains(tk) && tk.length() >= k.length() * 0.6)) {
                return true;
            }
        }
        return false;
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
     * elements and regions named like share bars, comments or related lists. Elements that hold the headline (an
     * {@code h1}, or the element showing the page's title) or an {@code itemprop=articleBody} are kept whatever
     * their names.
     */
    static void removeJunk(Element body, Element headline, Hints hints) {
        Set<Element> keep = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Element p = headline; p != null && keep.add(p); p = p.parent()) {
            // the headline's ancestors hold the article, whatever their names
        }
        int[] text = {0};
        // One walk finds what must be kept (headline, articleBody and their ancestors) and the body's text size.
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof org.jsoup.nodes.TextNode t) {
                text[0] += nonSpace(t.getWholeText());
            } else if (node instanceof Element e && (e.normalName().equals("h1")
                    || (e.attributesSize() > 0 && e.attr("itemprop").equals("articleBody")))) {
                Element p = e;
                while (p != null && keep.add(p)) {
                    p = p.parent();
                }
            }
        }, body);
        int limit = text[0] * 2 / 5;
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
                if (!hints.isRegion(e)) {
                    return FilterResult.CONTINUE;
                }
                String hint = Boilerplate.hint(e);
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
                    n[0] += nonSpace(t.getWholeText());
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

    private static int nonSpace(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > ' ') {
                n++;
            }
        }
        return n;
    }

    private static int length(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) {
            n += p.length();
        }
        return n;
    }
}
