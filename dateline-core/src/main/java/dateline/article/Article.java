package dateline.article;

import dateline.page.Page;
import dateline.page.TextDecoder;

import java.util.List;
import java.util.Objects;

/**
 * The clean article of one page.
 *
 * @param source    where the page came from (see {@link dateline.page.Page#source()})
 * @param title     the headline, or null
 * @param published the publication date at the page's precision, or null when the page states none
 * @param modified  the last-modified date, or null
 * @param section   the section or rubric ("Eurasia"), or null
 * @param authors   bylines, in page order
 * @param language  ISO 639-1 code of the text's language ("en"), or "und" when unknown
 * @param url       the canonical URL, or null
 * @param lead      the standfirst or first paragraph, or null
 * @param text      lead and body paragraphs separated by blank lines; no title, no boilerplate
 * @param images    captions and credits of the article's pictures
 */
public record Article(String source, String title, PublishedDate published, PublishedDate modified, String section,
                      List<String> authors, String language, String url, String lead, String text,
                      List<Image> images) {
    /** Longest title kept: a page's own {@code <title>} can be megabytes, and every search hit would carry it. */
    public static final int MAX_TITLE = 1000;
    /** Longest section name kept. */
    public static final int MAX_SECTION = 200;

    public Article {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        authors = List.copyOf(authors);
        images = List.copyOf(images);
        title = cut(title, MAX_TITLE);
        section = cut(section, MAX_SECTION);
    }

    /** The string, cut at the last space before {@code max} characters (with an ellipsis) when it is longer. */
    private static String cut(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        int end = s.lastIndexOf(' ', max - 1);
        if (end < max / 2) {
            end = Character.isHighSurrogate(s.charAt(max - 2)) ? max - 2 : max - 1; // no word break: cut, not a pair
        }
        return s.substring(0, end).strip() + "…";
    }

    /**
     * A page that is already clean article text (no extraction): its decoded bytes, otherwise untouched so that
     * offsets match other tools', as the text; language not yet known; no title, date or authors.
     */
    public static Article ofCleanText(Page page) {
        return new Article(page.source(), null, null, null, null, List.of(), "und", page.url(), null,
                TextDecoder.decode(page), List.of());
    }

    /** The same article with another publication date (a date the user supplies for a page that states none). */
    public Article withPublished(PublishedDate date) {
        return new Article(source, title, date, modified, section, authors, language, url, lead, text, images);
    }
}
