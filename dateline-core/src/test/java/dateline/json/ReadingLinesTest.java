package dateline.json;

import dateline.article.Article;
import dateline.article.Image;
import dateline.article.PublishedDate;
import dateline.event.Event;
import dateline.event.EventType;
import dateline.event.Precision;
import dateline.pipeline.Pipeline;
import dateline.reading.Attribution;
import dateline.reading.Entity;
import dateline.reading.EntityType;
import dateline.reading.Geo;
import dateline.reading.Quote;
import dateline.reading.Reading;
import dateline.reading.Span;
import dateline.reading.Timex;
import dateline.reading.TimexType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReadingLinesTest {
    private static final String TEXT = "Ana Ruiz arrived in Porto on Monday. \"We came to listen,\" she said, Radio Norte"
            + " reported.";

    private static Pipeline.Result reading(PublishedDate published) {
        Article article = new Article("pages/porto.html", "Ruiz in Porto", published,
                new PublishedDate(LocalDate.of(2031, 5, 6), LocalTime.of(9, 30), null, "meta"), "Europe",
                List.of("J. Lima"), "en", "https://example.org/porto", "Ana Ruiz arrived in Porto on Monday.", TEXT,
                List.of(new Image("Ruiz at the quay", "Photo: M. Sá")));
        List<Entity> entities = List.of(
                new Entity("e1", "Ana Ruiz", EntityType.PERSON, List.of("Ruiz"), List.of(new Span(0, 8),
                        new Span(62, 65)), null),
                new Entity("e2", "Porto", EntityType.LOCATION, List.of(), List.of(new Span(20, 25)),
                        new Geo(41.15, -8.61, "geonames:2735943"), List.of(new Span(20, 25))),
                new Entity("e3", "Radio Norte", EntityType.ORGANIZATION, List.of(), List.of(new Span(72, 83)), null));
        Reading r = new Reading(article, List.of(), entities,
                List.of(new Timex(29, 35, "Monday", TimexType.DATE, "2031-05-05")),
                List.of(new Quote(37, 57, "\"We came to listen,\"", "e1")),
                List.of(new Attribution(0, 36, "Ana Ruiz arrived in Porto on Monday.", List.of("e3"))), 80);
        List<Event> events = List.of(new Event("v1", EventType.ARRIVE, 0, 36, "Ana Ruiz arrived in Porto on Monday.",
                "e1", List.of(), "e2", "2031-05-05", Precision.DAY, List.of("e3"), Event.Polarity.POSITIVE,
                Event.Status.HAPPENED));
        return new Pipeline.Result(r, events);
    }

    @Test
    void aLineReadBackIsWrittenAgainUnchanged() {
        for (PublishedDate published : new PublishedDate[]{
                PublishedDate.ofDate(LocalDate.of(2031, 5, 6), "date-line"),
                new PublishedDate(LocalDate.of(2031, 5, 6), LocalTime.of(7, 5), null, "meta"),
                new PublishedDate(LocalDate.of(2031, 5, 6), LocalTime.of(7, 5, 12), ZoneOffset.ofHours(-3), "json-ld"),
                null}) {
            String line = ReadingJson.line(reading(published));
            assertEquals(line, ReadingJson.line(ReadingLines.parse(line)));
        }
    }

    @Test
    void whatTheStoreKeepsComesBackAsRecords() {
        Pipeline.Result original = reading(PublishedDate.ofDate(LocalDate.of(2031, 5, 6), "url"));
        Pipeline.Result back = ReadingLines.parse(ReadingJson.line(original));
        assertEquals(original.reading().entities(), back.reading().entities());
        assertEquals(original.events(), back.events());
        assertEquals(original.reading().times(), back.reading().times());
        assertEquals(original.reading().article().published(), back.reading().article().published());
        assertEquals(80, back.reading().unreadFrom());
        assertTrue(back.reading().sentences().isEmpty());
    }

    @Test
    void anExtractLineIsAReadingThatFoundNothing() {
        String extract = Json.line(ArticleJson.document(reading(null).reading().article()));
        Pipeline.Result r = ReadingLines.parse(extract);
        assertEquals(TEXT, r.reading().article().text());
        assertNull(r.reading().article().published());
        assertTrue(r.reading().entities().isEmpty() && r.events().isEmpty());
    }

    @Test
    void whatIsNotAReadingSaysWhy() {
        String good = ReadingJson.line(reading(null));
        assertMessage("not JSON", "pages/porto.html: failed");
        assertMessage("not JSON", good.substring(0, good.length() / 2));
        assertMessage("not a JSON object", "[1, 2]");
        assertMessage("no \"article\"", "{\"source\": \"x\"}");
        assertMessage("no \"source\"", good.replace("\"source\":", "\"origin\":"));
        assertMessage("unknown EventType JUGGLE", good.replace("\"ARRIVE\"", "\"JUGGLE\""));
        assertMessage("a span is [start, end]", good.replace("[[0,8],", "[[0],"));
        assertMessage("\"entities\" is not a list", good.replace("\"entities\":[", "\"entities\":{\"x\":[")
                .replace("],\"times\"", "]},\"times\""));
        assertMessage("not a reading", good.replace("\"2031-05-06T", "\"2031-13-06T"));
    }

    private static void assertMessage(String expected, String line) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReadingLines.parse(line));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
