package dateline.article;

import dateline.page.Page;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Extracts the article from text scraped off a page. (First cut: the whole text; see issue 2.) */
final class TextExtractor {
    Article extract(Page page) {
        String text = new String(page.bytes(), StandardCharsets.UTF_8).strip();
        return new Article(page.source(), null, null, null, null, List.of(), "und", page.url(), null, text, List.of());
    }
}
