package dateline.article;

import dateline.page.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleExtractorTest {
    private static ArticleExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new ArticleExtractor();
    }

    private static Article html(String name) throws IOException {
        try (InputStream in = ArticleExtractorTest.class.getResourceAsStream("/articles/" + name)) {
            return extractor.extract(Page.of(name, in.readAllBytes(), Page.Kind.HTML));
        }
    }

    @Test
    void aHugeTitleIsCutAtAWord() {
        String title = "Leader visits port " + "and plant ".repeat(1_000_000);
        Article a = extractor.extract(Page.of("huge", ("<html><head><title>" + title + "</title></head><body><article><p>"
                + "A paragraph long enough to be the body of a news article, with a few words more.</p></article>"
                + "</body></html>").getBytes(java.nio.charset.StandardCharsets.UTF_8), Page.Kind.HTML));
        assertTrue(a.title().length() <= Article.MAX_TITLE, "title of " + a.title().length() + " chars");
        assertTrue(a.title().startsWith("Leader visits port and plant"), a.title());
        assertTrue(a.title().endsWith("plant…"), a.title().substring(a.title().length() - 20));
    }

    @Test
    void seedPage() throws IOException {
        byte[] bytes = Files.readAllBytes(Path.of("../examples/kim-russia-trip.txt"));
        Article a = extractor.extract(Page.of("kim-russia-trip.txt", bytes, Page.Kind.TEXT));
        assertEquals("Kim Jong Un concludes Russia trip", a.title());
        assertEquals("2023-09-17T18:37", a.published().iso());
        assertEquals("date-line", a.published().from());
        assertEquals("Eurasia", a.section());
        assertEquals("en", a.language());
        String lead = "North Korean leader Kim Jong Un is on his way home after concluding a six-day trip to Russia's Far East.";
        assertEquals(lead, a.lead());
        List<String> paragraphs = Arrays.asList(a.text().split("\n\n"));
        assertEquals(lead, paragraphs.get(0));
        assertTrue(paragraphs.get(1).startsWith("Kim Jong Un has left the station Artyom-Primorsky 1"), paragraphs.get(1));
        assertTrue(a.text().endsWith("there were no such plans,\" Peskov told journalists."));
        assertEquals(a.text().indexOf(lead), a.text().lastIndexOf(lead), "the lead appears once");
        for (String boilerplate : List.of("We use cookies", "Information and Settings", "See Also", "Photo: AFP",
                "Kim Jong Un concludes Russia trip")) {
            assertFalse(a.text().contains(boilerplate), boilerplate);
        }
        assertEquals(List.of("AFP/Kremlin Press Office", "AFP/Vladimir Smirnov", "AFP/Mikhail Metzel"),
                a.images().stream().map(Image::credit).toList());
    }

    @Test
    void scrapedTextWithMenuBylineAndTail() throws IOException {
        Article a;
        try (InputStream in = getClass().getResourceAsStream("/articles/scraped-with-menu.txt")) {
            a = extractor.extract(Page.of("scraped", in.readAllBytes(), Page.Kind.TEXT));
        }
        assertEquals("City council approves new cycling lanes", a.title());
        assertEquals(PublishedDate.ofDate(LocalDate.of(2021, 3, 4), "date-line"), a.published());
        assertEquals(List.of("Jane Doe", "Sam Roe"), a.authors());
        List<String> paragraphs = Arrays.asList(a.text().split("\n\n"));
        assertEquals(3, paragraphs.size(), a.text());
        assertTrue(paragraphs.get(0).startsWith("The city council approved"));
        assertTrue(paragraphs.get(2).startsWith("Cyclists groups welcomed"));
        for (String junk : List.of("Home", "Share", "Advertisement", "Related", "Mayor opens", "newsletter")) {
            assertFalse(a.text().contains(junk), junk);
        }
    }

    @Test
    void jsonLdArticleWithBoilerplate() throws IOException {
        Article a = html("jsonld-article.html");
        assertEquals("Harbour bridge reopens after repairs", a.title());
        assertEquals(new PublishedDate(LocalDate.of(2021, 3, 4), LocalTime.of(7, 15), ZoneOffset.ofHours(1), "json-ld"),
                a.published());
        assertEquals("2021-03-04T09:00+01:00", a.modified().iso());
        assertEquals("Local", a.section());
        assertEquals(List.of("Mara Lind", "Tom Okafor"), a.authors());
        assertEquals("https://gazette.example/news/2021/03/harbour-bridge-reopens", a.url());
        assertEquals("en", a.language());
        List<String> paragraphs = Arrays.asList(a.text().split("\n\n"));
        assertEquals(6, paragraphs.size(), a.text());
        assertTrue(paragraphs.get(0).startsWith("The old harbour bridge opened"));
        assertEquals(paragraphs.get(0), a.lead());
        assertEquals("Buses return next week", paragraphs.get(3));
        assertTrue(paragraphs.get(5).startsWith("Cyclists, who had used a temporary ferry"));
        for (String boilerplate : List.of("Harbour bridge reopens", "By Mara Lind", "Share on", "Advertisement",
                "Related stories", "Ferry service ends", "Finally!", "Storm warning", "newsletter", "cookies",
                "All rights reserved", "Cars cross the bridge")) {
            assertFalse(a.text().contains(boilerplate), boilerplate);
        }
        assertEquals(List.of(new Image("Cars cross the bridge on Thursday morning.", "Ana Ruiz/Gazette")), a.images());
    }

    @Test
    void metaTagsGiveDateAuthorSectionAndUrl() throws IOException {
        Article a = html("meta-dates.html");
        assertEquals(PublishedDate.ofDate(LocalDate.of(2022, 11, 8), "meta"), a.published());
        assertEquals("Community", a.section());
        assertEquals(List.of("Priya Nair"), a.authors());
        assertEquals("https://riverside.example/community/library-hours", a.url());
        assertEquals("Library extends opening hours", a.title());
        assertEquals(2, a.text().split("\n\n").length, a.text());
        assertFalse(a.text().contains("Read more"));
        assertFalse(a.text().contains("Posted"));
    }

    @Test
    void dayFirstDateInABritishPage() throws IOException {
        Article a = html("date-line.html");
        assertEquals(new PublishedDate(LocalDate.of(2023, 10, 3), LocalTime.of(18, 37), null, "text"), a.published());
        assertFalse(a.text().contains("18:37"));
    }

    @Test
    void noDateIsInventedForAnUndatedPage() throws IOException {
        Article a = html("undated.html");
        assertNull(a.published());
        assertTrue(a.text().startsWith("The city orchestra was founded"));
    }

    @Test
    void mislabelledCyrillicPageIsReadable() throws IOException {
        Article a = html("cyrillic-mislabelled.html");
        assertEquals("Новый мост через реку открыт", a.title());
        assertTrue(a.text().startsWith("В понедельник в городе открыли новый мост"), a.text());
        assertEquals("ru", a.language());
    }

    @Test
    void shiftJisPageWithoutCharsetIsReadable() throws IOException {
        Article a = html("shift-jis-undeclared.html");
        assertEquals("新しい図書館が駅前に開館", a.title());
        assertTrue(a.text().startsWith("市は月曜日、駅前に新しい図書館を開館した"), a.text());
        assertEquals(3, a.text().split("\n\n").length);
        assertEquals("ja", a.language());
    }

    @Test
    void truncatedHtmlKeepsWhatIsThere() throws IOException {
        Article a = html("truncated.html");
        assertEquals("Market day moves to Saturday", a.title());
        assertTrue(a.text().startsWith("The weekly market will move"));
        assertTrue(a.text().endsWith("to stay in busi"));
    }

    @Test
    void emptyBodyGivesEmptyText() throws IOException {
        Article a = html("empty-body.html");
        assertEquals("", a.text());
        assertNull(a.lead());
        assertEquals("und", a.language());
    }

    @Test
    void junkInputNeverThrows() {
        byte[][] inputs = {new byte[0], "<".getBytes(), "<html><body><p>".getBytes(),
                "<div><div><div><p>unclosed".repeat(2000).getBytes(), "\u0000\u0001binary".getBytes(),
                "<script>var a = '</p>';</script><p>After a script</p>".getBytes()};
        for (byte[] in : inputs) {
            extractor.extract(Page.of("junk", in, Page.Kind.HTML));
            extractor.extract(Page.of("junk", in, Page.Kind.TEXT));
        }
    }

    private Article scraped(String text) {
        return extractor.extract(Page.of("scraped.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8), Page.Kind.TEXT));
    }

    private static final String BODY = "The foreign minister of Norland arrived in Sarnow on Tuesday for talks that both "
            + "sides called long overdue, officials said.\n\nShe met the president at the palace and left for Kelmar the "
            + "next morning, where she inspected the new container terminal.";

    @Test
    void aDateGluedToTheFirstLineIsReadAndLeftOutOfTheText() {
        Article a = scraped(" date 2031-04-02 Norland News/ " + BODY);
        assertEquals("2031-04-02", a.published().iso());
        assertTrue(a.text().startsWith("Norland News/ The foreign minister"), a.text());
        assertFalse(a.text().contains("2031"), a.text());

        Article labelled = scraped("Published: 11.03.2030 Sarnow – " + BODY);
        assertEquals("2030-03-11", labelled.published().iso(), "day first, as most of the world writes");
        assertTrue(labelled.text().startsWith("Sarnow – The foreign minister"), labelled.text());
    }

    @Test
    void aDateLineAboveTheHeadlineCountsWhenTheHeaderBelowHasNone() {
        Article above = scraped("09:15, 3 May 2030\nMinister ends visit to Kelmar\n" + BODY);
        assertEquals("Minister ends visit to Kelmar", above.title());
        assertEquals("2030-05-03T09:15", above.published().iso());

        Article both = scraped("date 2030-05-02\nMinister ends visit to Kelmar\nUpdated 03.05.2030 10:20\n" + BODY);
        assertEquals("2030-05-03T10:20", both.published().iso(), "the article's own header wins");
        assertFalse(both.text().contains("2030"), both.text());
    }

    @Test
    void aLongHeadlineIsNoParagraphSoTheLabelsBelowItAreNoText() {
        Article a = scraped("Norland Minister Ends Two-Day Visit to Sarnow and Kelmar, Signs Port and Rail Agreements\n\n"
                + "Release Date Release Number\nNR-31-07\nRelease Date:\n3 May 2030\n\n" + BODY);
        assertEquals("Norland Minister Ends Two-Day Visit to Sarnow and Kelmar, Signs Port and Rail Agreements", a.title());
        assertTrue(a.text().startsWith("The foreign minister of Norland"), a.text());
        assertEquals("2030-05-03", a.published().iso());
    }

    @Test
    void skipLinksAndTheClosingListOfSourcesAreNoText() {
        Article a = scraped("Minister ends visit to Kelmar\n\nJump to navigation Jump to search\nBreadcrumb\n\n" + BODY
                + "\n\nSources\n\nNorland News, \"Minister leaves Kelmar\", 3 May 2030\nSarnow Daily, 3 May 2030");
        assertTrue(a.text().startsWith("The foreign minister of Norland"), a.text());
        assertTrue(a.text().endsWith("the new container terminal."), a.text());
    }
}
