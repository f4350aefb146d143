package dateline.article;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DateParserTest {
    private static String iso(String s, boolean dayFirst) {
        PublishedDate d = DateParser.parse(s, dayFirst, "text");
        return d == null ? null : d.iso();
    }

    @Test
    void isoKeepsThePrecisionWritten() {
        assertEquals("2019-11-18", iso("2019-11-18", true));
        assertEquals("2019-11-18T10:05", iso("2019-11-18T10:05", true));
        assertEquals("2019-11-18T10:05:33+00:00", iso("2019-11-18T10:05:33Z", true));
        assertEquals("2019-11-18T10:05:33-05:00", iso("2019-11-18T10:05:33.000-0500", true));
        assertEquals("2019-11-18T10:05+05:30", iso("2019-11-18 10:05+05:30", true));
        assertEquals("2020-08-25T00:23", iso("2020-08-25|00h23", true));
    }

    @Test
    void numericDatesFollowThePageConventionUnlessUnambiguous() {
        assertEquals("2023-09-17T18:37", iso("Eurasia 17/09/2023 18:37", false));
        assertEquals("2023-10-03", iso("03/10/2023", true));
        assertEquals("2023-03-10", iso("03/10/2023", false));
        assertEquals("2020-05-04", iso("04.05.2020", true));
    }

    @Test
    void monthNamesInSeveralLanguages() {
        assertEquals("2019-11-18", iso("Published November 18, 2019", true));
        assertEquals("2019-11-18T22:30", iso("Nov. 18, 2019 10:30 p.m. ET", true));
        assertEquals("2019-11-18", iso("18 de noviembre de 2019", true));
        assertEquals("2019-11-18", iso("18. November 2019", true));
        assertEquals("2020-03-07", iso("7 марта 2020", true));
        assertEquals("2020-08-17", iso("17 agosto 2020", true));
        assertEquals("2019-12-01", iso("1er décembre 2019", true));
    }

    @Test
    void rfc1123AndCjk() {
        assertEquals("2019-11-18T10:00+00:00", iso("Mon, 18 Nov 2019 10:00:00 GMT", true));
        assertEquals("2020-08-17", iso("2020年8月17日", true));
        assertEquals("2020-08-17", iso("2020년 8월 17일", true));
    }

    @Test
    void aTimeWrittenBeforeItsDate() {
        assertEquals("2030-05-03T09:15", iso("09:15, 3 May 2030", true));
        assertEquals("2030-05-03T21:40", iso("9:40 pm | May 3, 2030", true));
        assertEquals("2030-05-03T08:05", iso("08:05 03.05.2030", true));
        assertEquals("2030-05-03", iso("Room 12:30 and on 3 May 2030 more", true), "a time far from the date is not its");
        assertEquals("2030-05-03T10:20", iso("08:00 - 3 May 2030 10:20", true), "a time after the date comes first");
    }

    @Test
    void noDateNoGuess() {
        assertNull(iso("Updated recently", true));
        assertNull(iso("Call 555-1234 before 2020", true));
        assertNull(iso("31/02/2020", true));
        assertNull(iso("Room 12/13", true));
    }

    @Test
    void urlDates() {
        assertEquals("2019-11-18", DateParser.fromUrl("https://example.com/2019/11/18/story").iso());
        assertEquals("2019-11-18", DateParser.fromUrl("https://example.com/news/story-20191118.html").iso());
        assertNull(DateParser.fromUrl("https://example.com/2019/story-12345"));
    }
}
