package dateline.article;

import dateline.page.Page;

/**
 * Turns a page into its clean article: HTML pages through {@link HtmlExtractor}, scraped text through
 * {@link TextExtractor}. Builds its language profiles once; thread-safe afterwards. The page is not modified.
 *
 * <pre>{@code Article a = new ArticleExtractor().extract(Page.of("a.html", bytes, Page.Kind.HTML)); }</pre>
 */
public final class ArticleExtractor {
    private final HtmlExtractor html;
    private final TextExtractor text;

    public ArticleExtractor() {
        LanguageGuesser languages = new LanguageGuesser();
        this.html = new HtmlExtractor(languages);
        this.text = new TextExtractor(languages);
    }

    /** The page's article; a page with no readable text gives an article whose text is empty. */
    public Article extract(Page page) {
        return switch (page.kind()) {
            case HTML -> html.extract(page);
            case TEXT -> text.extract(page);
        };
    }
}
