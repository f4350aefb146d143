package dateline.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dateline.article.Article;
import dateline.article.Image;
import dateline.article.PublishedDate;

/** The {@code extract} output contract: {@code {"source": …, "article": {…}}}. */
public final class ArticleJson {
    private ArticleJson() {
    }

    public static ObjectNode document(Article article) {
        ObjectNode doc = Json.object();
        doc.put("source", article.source());
        doc.set("article", article(article));
        return doc;
    }

    public static ObjectNode article(Article a) {
        ObjectNode o = Json.object();
        o.put("title", a.title());
        o.put("published", a.published() == null ? null : a.published().iso());
        o.put("published_from", a.published() == null ? null : a.published().from());
        PublishedDate modified = a.modified();
        o.put("modified", modified == null ? null : modified.iso());
        o.put("section", a.section());
        o.set("authors", Json.strings(a.authors()));
        o.put("language", a.language());
        o.put("url", a.url());
        o.put("lead", a.lead());
        o.put("text", a.text());
        ArrayNode images = o.putArray("images");
        for (Image image : a.images()) {
            images.addObject().put("caption", image.caption()).put("credit", image.credit());
        }
        return o;
    }
}
