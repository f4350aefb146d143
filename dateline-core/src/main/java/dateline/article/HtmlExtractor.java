package dateline.article;

import dateline.page.Page;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Extracts the article from an HTML page. (First cut: title and whole-body text; see issue 2.) */
final class HtmlExtractor {
    Article extract(Page page) {
        Document doc = Jsoup.parse(new String(page.bytes(), StandardCharsets.UTF_8), page.url() == null ? "" : page.url());
        String title = doc.title().isBlank() ? null : doc.title().strip();
        return new Article(page.source(), title, null, null, null, List.of(), "und", page.url(), null,
                doc.body() == null ? "" : doc.body().text(), List.of());
    }
}
