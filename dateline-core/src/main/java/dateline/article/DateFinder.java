package dateline.article;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.QueryParser;
import org.jsoup.select.NodeTraversor;

import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;

/**
 * Finds when a page was published, trusting the most deliberate evidence first: JSON-LD {@code datePublished}, then
 * publication meta tags (OpenGraph, Dublin Core, itemprop and the common CMS names), then {@code <time>} elements, a
 * date in the canonical URL, and last a short date-named element near the top of the page. A page that states no
 * date gets none: dates in lists, comments or footers never stand in for it.
 */
final class DateFinder {
    private static final String[] PUBLISHED_META = {"article:published_time", "og:published_time",
            "og:article:published_time", "published_time", "article:published", "datepublished", "publishdate",
            "publish-date", "publish_date", "publication_date", "publication-date", "pubdate", "dc.date.issued",
            "dcterms.issued", "dc.date.created", "dcterms.created", "sailthru.date", "parsely-pub-date",
            "article.published", "article_date_original", "cxenseparse:recs:publishtime", "og:pubdate",
            "originalpublicationdate", "rnews:datepublished", "article.created", "datecreated", "date_published",
            "citation_publication_date", "citation_date", "prism.publicationdate", "bt:pubdate", "pdate",
            "displaydate", "ptime", "release_date", "published-date", "date.created"};
    /** Names that may mean other dates too: read after JSON-LD. */
    private static final String[] WEAK_META = {"dc.date", "dcterms.date", "date", "created", "published",
            "content_date", "article_date", "story_date"};
    /** Countries in UTC-3 to UTC-10, where a UTC time before 03:00 is always the evening before. */
    private static final Set<String> AMERICAS = Set.of("us", "ca", "mx", "br", "ar", "cl", "pe", "ve", "ec", "uy",
            "py", "bo", "cu", "do", "gt", "hn", "sv", "ni", "cr", "pa", "pr", "jm");
    private static final String[] MODIFIED_META = {"article:modified_time", "og:updated_time", "modified_time",
            "datemodified", "dc.date.modified", "dcterms.modified", "last-modified", "lastmod", "article.updated",
            "parsely-updated-date", "updated_time"};

    /** How much text after the headline may hold its date line. */
    private static final int HEADLINE_WINDOW = 400;
    // Parsed once: select(String) would parse the query again for every page.
    private static final Evaluator DATE_ITEMPROP = QueryParser.parse("[itemprop=datePublished], [itemprop=dateCreated]");
    private static final Evaluator DATE_NAMED = QueryParser.parse(
            "[class~=(?i)(date|time|publish|posted|byline|dateline|meta)], [id~=(?i)(date|time|publish)]");

    private DateFinder() {
    }

    static PublishedDate published(Document doc, PageMeta meta, Element headline, boolean dayFirst) {
        PublishedDate d = stated(doc, meta, headline, dayFirst);
        PublishedDate url = DateParser.fromUrl(meta.canonical());
        if (d != null && url != null && ZoneOffset.UTC.equals(d.offset())) {
            // A UTC timestamp in the small hours is still the evening before in the Americas (and one late in the
            // evening already the next day in Asia): when the URL names that neighbouring day, it is the local one.
            long days = url.date().toEpochDay() - d.date().toEpochDay();
            int hour = d.time().getHour();
            if ((days == -1 && hour < 8) || (days == 1 && hour >= 16)) {
                return url;
            }
        }
        if (d != null && ZoneOffset.UTC.equals(d.offset()) && d.time().getHour() < 3 && inAmericas(meta)
                && (url == null || !url.date().equals(d.date()))) {
            // The local day is the one before; its local time is not known, so only the day is kept.
            return PublishedDate.ofDate(d.date().minusDays(1), d.from());
        }
        return d;
    }

    /** Whether the page's locale or its host's country code places it in the Americas. */
    private static boolean inAmericas(PageMeta meta) {
        for (String tag : new String[] {meta.meta("og:locale"), meta.htmlLang()}) {
            if (tag != null) {
                String[] parts = tag.toLowerCase(Locale.ROOT).split("[-_]");
                if (parts.length == 2 && AMERICAS.contains(parts[1])) {
                    return true;
                }
            }
        }
        String url = meta.canonical();
        if (url == null) {
            return false;
        }
        try {
            String host = java.net.URI.create(url).getHost();
            return host != null && AMERICAS.contains(host.substring(host.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static PublishedDate stated(Document doc, PageMeta meta, Element headline, boolean dayFirst) {
        PublishedDate d;
        for (String key : PUBLISHED_META) {
            d = DateParser.parse(meta.meta(key), dayFirst, "meta");
            if (d != null) {
                return d;
            }
        }
        d = DateParser.parse(meta.json("datePublished"), dayFirst, "json-ld");
        if (d == null) {
            d = DateParser.parse(meta.json("dateCreated"), dayFirst, "json-ld");
        }
        for (int i = 0; d == null && i < WEAK_META.length; i++) {
            d = DateParser.parse(meta.meta(WEAK_META[i]), dayFirst, "meta");
        }
        if (d != null) {
            return d;
        }
        for (Element e : doc.select(DATE_ITEMPROP)) {
            String v = e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content") : e.text();
            d = DateParser.parse(v, dayFirst, "meta");
            if (d != null) {
                return d;
            }
        }
        d = timeElement(doc, dayFirst);
        if (d != null) {
            return d;
        }
        d = DateParser.fromUrl(meta.canonical());
        if (d != null) {
            return d;
        }
        d = nearHeadline(doc, headline, dayFirst);
        return d != null ? d : dateElement(doc, dayFirst);
    }

    /**
     * A date line just under the headline ("22/11/2020 - 04:30 - Source: …"): the first short text with a date
     * among the few hundred characters that follow the element showing the headline.
     */
    private static PublishedDate nearHeadline(Document doc, Element h1, boolean dayFirst) {
        if (h1 == null || doc.body() == null) {
            return null;
        }
        PublishedDate[] found = {null};
        int[] seen = {-1};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == h1) {
                    seen[0] = 0;
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof Element e && (e.normalName().equals("script") || e.normalName().equals("style"))) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (seen[0] >= 0 && node instanceof TextNode t && !t.isBlank()) {
                    String text = t.text().strip();
                    if (text.length() <= 100) {
                        found[0] = DateParser.parse(text, dayFirst, "text");
                    }
                    seen[0] += text.length();
                    if (found[0] != null || seen[0] > HEADLINE_WINDOW) {
                        return FilterResult.STOP;
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, doc.body());
        return found[0];
    }

    static PublishedDate modified(PageMeta meta, boolean dayFirst) {
        PublishedDate d = DateParser.parse(meta.json("dateModified"), dayFirst, "json-ld");
        for (int i = 0; d == null && i < MODIFIED_META.length; i++) {
            d = DateParser.parse(meta.meta(MODIFIED_META[i]), dayFirst, "meta");
        }
        return d;
    }

    /** A {@code <time>} that says it is the publication time, else the first one outside comments and lists. */
    private static PublishedDate timeElement(Document doc, boolean dayFirst) {
        PublishedDate first = null;
        for (Element t : doc.getElementsByTag("time")) {
            String v = t.hasAttr("datetime") ? t.attr("datetime") : t.text();
            PublishedDate d = DateParser.parse(v, dayFirst, "time-element");
            if (d == null) {
                continue;
            }
            String hint = (Boilerplate.hint(t) + " " + t.attr("itemprop") + " " + Boilerplate.hint(t.parent() == null ? t : t.parent()))
                    .toLowerCase(Locale.ROOT);
            if (t.hasAttr("pubdate") || hint.contains("publish") || hint.contains("pubdate") || hint.contains("posted")
                    || hint.contains("created")) {
                return d;
            }
            if (first == null && !hint.contains("modif") && !hint.contains("update") && !inListOrComments(t)) {
                first = d;
            }
        }
        return first;
    }

    /** A short element named for a date ("post-date", "article__timestamp", "byline") whose text is a date. */
    private static PublishedDate dateElement(Document doc, boolean dayFirst) {
        for (Element e : doc.select(DATE_NAMED)) {
            String text = e.text();
            if (text.length() > 120 || text.length() < 6 || inListOrComments(e)) {
                continue;
            }
            String hint = Boilerplate.hint(e);
            if (hint.contains("modif") || hint.contains("update") || hint.contains("comment")) {
                continue;
            }
            PublishedDate d = DateParser.parse(text, dayFirst, "text");
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static boolean inListOrComments(Element e) {
        int depth = 0;
        for (Element p = e.parent(); p != null && depth < 12; p = p.parent(), depth++) {
            String tag = p.normalName();
            if (tag.equals("li") || tag.equals("aside") || tag.equals("footer") || tag.equals("nav")) {
                return true;
            }
            String hint = Boilerplate.hint(p);
            if (hint.contains("comment") || hint.contains("related") || hint.contains("sidebar")
                    || hint.contains("recommend") || hint.contains("popular")) {
                return true;
            }
        }
        return false;
    }
}
