package dateline.article;

import dateline.page.Page;

/**
 * Turns a page into its clean article: HTML pages through {@link HtmlExtractor}, scraped text through
 * {@link TextExtractor}. Stateless and thread-safe; the page is not modified.
 *
 * <pre>{@code Article a = new ArticleExtractor().extract(Page.of("a.html", bytes, Page.Kind.HTML)); }</pre>
 */
public final class ArticleExtractor {
    private final HtmlExtractor html = new HtmlExtractor();
    private final TextExtractor text = new TextExtractor();

    public Article extract(Page page) {
        return switch (page.kind()) {
            case HTML -> html.extract(page);
            case TEXT -> text.extract(page);
        };
    }
}
