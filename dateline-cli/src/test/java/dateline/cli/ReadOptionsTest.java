package dateline.cli;

import dateline.article.Article;
import dateline.article.PublishedDate;
import dateline.page.Page;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The read command's options that need no models: --published dates and --clean articles. */
class ReadOptionsTest {
    @Test
    void publishedTakesIsoAtAnyPrecision() {
        PublishedDate d = Read.parseDate("2023-09-17");
        assertEquals(LocalDate.of(2023, 9, 17), d.date());
        assertNull(d.time());
        assertEquals("given", d.from());
        PublishedDate t = Read.parseDate("2023-09-17T18:37");
        assertEquals(LocalTime.of(18, 37), t.time());
        assertNull(t.offset());
        PublishedDate z = Read.parseDate("2023-09-17T18:37:05+03:00");
        assertEquals(ZoneOffset.ofHours(3), z.offset());
        assertEquals("2023-09-17T18:37:05+03:00", z.iso());
        assertEquals(LocalDate.of(1998, 2, 13), Read.parseDate("19980213").date());
    }

    @Test
    void aBadDateIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Read.parseDate("17 Sept"));
        assertEquals("--published: not an ISO 8601 date: 17 Sept", e.getMessage());
    }

    @Test
    void cleanTextIsTheArticleTextUnchanged() {
        String text = "  Line one\u00a0with a no-break space.\r\n\r\nSecond paragraph.  \n";
        Article a = Article.ofCleanText(Page.of("f.txt", text.getBytes(StandardCharsets.UTF_8), Page.Kind.TEXT));
        assertEquals(text, a.text());
        assertNull(a.published());
    }
}
