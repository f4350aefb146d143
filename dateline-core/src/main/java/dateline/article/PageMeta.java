package dateline.article;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a page says about itself outside its visible text: {@code <meta>} tags (by name, property or itemprop),
 * {@code <link rel=canonical>}, and its JSON-LD article object. Read once per page; the document is not modified.
 */
final class PageMeta {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .build();
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "liveblogposting",
            "report", "techarticle", "scholarlyarticle", "socialmediaposting", "posting", "medicalscholarlyarticle",
            "advertisertcontentarticle", "satiricalarticle", "discussionforumposting", "review");

    private final Map<String, String> meta = new HashMap<>();
    private final JsonNode article;
    private final JsonNode webPage;
    private final String canonical;
    private final String htmlLang;

    PageMeta(Document doc) {
        // One walk collects what three selector queries would each walk the whole tree for.
        List<Element> scripts = new ArrayList<>();
        Element[] link = {null};
        NodeTraversor.traverse((node, depth) -> {
            if (!(node instanceof Element m)) {
                return;
            }
            switch (m.normalName()) {
                case "meta" -> readMeta(m);
                case "script" -> {
                    if (m.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                        scripts.add(m);
                    }
                }
                case "link" -> {
                    if (link[0] == null && m.attr("rel").equalsIgnoreCase("canonical") && m.hasAttr("href")) {
                        link[0] = m;
                    }
                }
                default -> {
                }
            }
        }, doc);
        JsonNode art = null;
        JsonNode page = null;
        for (Element script : scripts) {
            List<JsonNode> objects = new ArrayList<>();
            try {
                collect(JSON.readTree(script.data().strip()), objects, 0);
            } catch (Exception e) {
                continue; // broken JSON-LD is common; the page's other evidence still counts
            }
            for (JsonNode o : objects) {
                String type = types(o);
                if (isArticle(type) && (art == null || (!art.has("articleBody") && o.has("articleBody")))) {
                    art = o;
                } else if (page == null && type.contains("webpage") && (o.has("datePublished") || o.has("headline"))) {
                    page = o;
                }
            }
        }
        this.article = art;
        this.webPage = page;
        String c = link[0] == null ? null : link[0].absUrl("href");
        if (c == null || c.isEmpty()) {
            c = link[0] == null ? null : link[0].attr("href");
        }
        if (c == null || !c.startsWith("http")) {
            c = meta("og:url");
        }
        this.canonical = c == null || !c.startsWith("http") ? null : c;
        Element html = doc.selectFirst("html");
        String lang = html == null ? "" : html.attr("lang");
        if (lang.isEmpty()) {
            lang = meta.getOrDefault("content-language", meta.getOrDefault("og:locale", ""));
        }
        this.htmlLang = lang.strip();
    }

    private void readMeta(Element m) {
        String content = m.attr("content").strip();
        if (content.isEmpty()) {
            content = m.attr("value").strip();
        }
        if (content.isEmpty()) {
            return;
        }
        for (String key : new String[] {m.attr("property"), m.attr("name"), m.attr("itemprop")}) {
            if (!key.isEmpty()) {
                meta.putIfAbsent(key.strip().toLowerCase(Locale.ROOT), content);
            }
        }
    }

    /** The first non-blank content of a meta tag with this name, property or itemprop (case-insensitive). */
    String meta(String key) {
        return meta.get(key);
    }

    String firstMeta(String... keys) {
        for (String k : keys) {
            String v = meta.get(k);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** A string field of the JSON-LD article (or, failing that, web page) object. */
    String json(String field) {
        String v = text(article, field);
        return v != null ? v : text(webPage, field);
    }

    JsonNode articleNode() {
        return article;
    }

    String canonical() {
        return canonical;
    }

    /** The page's declared language tag ({@code en-US}, {@code ru}), or empty. */
    String htmlLang() {
        return htmlLang;
    }

    static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode v = node.get(field);
        if (v != null && v.isArray() && !v.isEmpty()) {
            v = v.get(0);
        }
        if (v == null || v.isNull() || v.isContainerNode()) {
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static void collect(JsonNode n, List<JsonNode> out, int depth) {
        if (n == null || depth > 4) {
            return;
        }
        if (n.isArray()) {
            n.forEach(c -> collect(c, out, depth + 1));
        } else if (n.isObject()) {
            out.add(n);
            collect(n.get("@graph"), out, depth + 1);
            JsonNode main = n.get("mainEntity");
            if (main != null && main.isObject()) {
                collect(main, out, depth + 1);
            }
        }
    }

    private static String types(JsonNode o) {
        JsonNode t = o.get("@type");
        if (t == null) {
            return "";
        }
        if (t.isArray()) {
            StringBuilder s = new StringBuilder();
            t.forEach(x -> s.append(x.asText().toLowerCase(Locale.ROOT)).append(' '));
            return s.toString();
        }
        return t.asText().toLowerCase(Locale.ROOT);
    }

    private static boolean isArticle(String types) {
        for (String t : types.split(" ")) {
            if (ARTICLE_TYPES.contains(t)) {
                return true;
            }
        }
        return false;
    }
}
