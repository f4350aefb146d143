package dateline.article;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Finds an article's authors: JSON-LD {@code author}, author meta tags, then byline elements. */
final class Authors {
    private static final int MAX = 6;
    // Parsed once: select(String) would parse the query again for every page.
    private static final Evaluator BYLINE_ELEMENTS =
            QueryParser.parse("[itemprop=author] [itemprop=name], [rel=author], [class~=(?i)byline|author-name]");
    private static final Pattern NAME_SEPARATOR =
            Pattern.compile("\\s*(?:,|;|\\||&|\\band\\b|\\by\\b|\\bund\\b|\\bet\\b|\\be\\b)\\s*");

    private Authors() {
    }

    static List<String> find(Document doc, PageMeta meta) {
        Set<String> names = new LinkedHashSet<>();
        JsonNode article = meta.articleNode();
        if (article != null) {
            JsonNode a = article.get("author");
            if (a == null) {
                a = article.get("creator");
            }
            fromJson(a, names);
        }
        if (names.isEmpty()) {
            for (String key : new String[] {"author", "article:author", "parsely-author", "sailthru.author",
                    "dc.creator", "dcterms.creator", "byl", "citation_author"}) {
                add(meta.meta(key), names);
                if (!names.isEmpty()) {
                    break;
                }
            }
        }
        if (names.isEmpty()) {
            for (Element e : doc.select(BYLINE_ELEMENTS)) {
                add(e.text(), names);
                if (names.size() >= MAX) {
                    break;
                }
            }
        }
        return new ArrayList<>(names).subList(0, Math.min(MAX, names.size()));
    }

    private static void fromJson(JsonNode a, Set<String> names) {
        if (a == null) {
            return;
        }
        if (a.isArray()) {
            a.forEach(x -> fromJson(x, names));
        } else if (a.isObject()) {
            JsonNode n = a.get("name");
            if (n != null && !n.isContainerNode()) {
                add(n.asText(), names);
            }
        } else if (a.isTextual()) {
            add(a.asText(), names);
        }
    }

    /** A CMS login ("admin", "jdoe42") rather than a name: ASCII without a capital letter. */
    private static boolean isHandle(String n) {
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c > 127 || Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    /** Adds the names in a byline ("By Jane Doe and John Roe, Reuters"), skipping URLs and handles. */
    static void add(String byline, Set<String> names) {
        if (byline == null) {
            return;
        }
        String b = byline.replaceAll("\\s+", " ").strip().replaceFirst("(?i)^(by|por|von|par|di|door|oleh)\\s+", "");
        if (b.isEmpty() || b.contains("http") || b.contains("@") || b.contains("/") || b.length() > 200) {
            return;
        }
        for (String part : NAME_SEPARATOR.split(b)) {
            String n = part.strip();
            int words = n.isEmpty() ? 0 : n.split(" ").length;
            // "Tom Rogan, November 18": a part with a digit is a date or a time, not a name
            if (n.length() >= 3 && n.length() <= 60 && words <= 5 && Character.isLetter(n.charAt(0)) && !isHandle(n)
                    && n.chars().noneMatch(Character::isDigit)) {
                names.add(n);
            }
        }
    }
}
