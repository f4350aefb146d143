package dateline.eval.command;

import dateline.article.Article;
import dateline.article.PublishedDate;
import dateline.event.Event;
import dateline.event.EventType;
import dateline.event.Precision;
import dateline.pipeline.Pipeline;
import dateline.reading.Entity;
import dateline.reading.EntityType;
import dateline.reading.Quote;
import dateline.reading.Reading;
import dateline.reading.Span;
import dateline.reading.Timex;
import dateline.reading.TimexType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyntheticArticlesTest {
    /** "NAME visited PLACE on Monday." read by hand: a person, a place, a time, a visit and a quote. */
    static Pipeline.Result visit(String name, String place) {
        String text = name + " visited " + place + " on Monday. \"Good,\" " + name + " said.";
        Article a = new Article("test:" + name, name + " in " + place,
                PublishedDate.ofDate(LocalDate.of(2020, 1, 1), "test"), null, null, List.of(), "en", null, null, text,
                List.of());
        int placeAt = text.indexOf(place);
        int second = text.lastIndexOf(name);
        List<Entity> entities = List.of(
                new Entity("e1", name, EntityType.PERSON, List.of(),
                        List.of(new Span(0, name.length()), new Span(second, second + name.length())), null),
                new Entity("e2", place, EntityType.LOCATION, List.of(),
                        List.of(new Span(placeAt, placeAt + place.length())), null));
        int mondayAt = text.indexOf("Monday");
        List<Timex> times = List.of(new Timex(mondayAt, mondayAt + 6, "Monday", TimexType.DATE, "2019-12-30"));
        int quoteAt = text.indexOf('"');
        List<Quote> quotes = List.of(new Quote(quoteAt, quoteAt + 7, "\"Good,\"", "e1"));
        int visitedAt = text.indexOf("visited");
        List<Event> events = List.of(new Event("v1", EventType.VISIT, visitedAt, visitedAt + 7, "visited", "e1",
                List.of(), "e2", "2019-12-30", Precision.DAY, List.of(), Event.Polarity.POSITIVE,
                Event.Status.HAPPENED));
        return new Pipeline.Result(new Reading(a, List.of(), entities, times, quotes, List.of()), events);
    }

    @Test
    void theSecondReadingFollowsTheFirstWithItsOffsetsShiftedAndItsIdsNumberedOn() {
        Pipeline.Result x = visit("Ann Lee", "Oslo");
        Pipeline.Result y = visit("Bo Chan", "Lima");
        Pipeline.Result joined = SyntheticArticles.join(x, y, "synthetic:0", LocalDate.of(2023, 3, 1));
        String text = joined.reading().article().text();
        assertEquals(x.reading().article().text() + "\n\n" + y.reading().article().text(), text);
        assertEquals(LocalDate.of(2023, 3, 1), joined.reading().article().published().date());
        // Every span still covers the words it named, in either half.
        for (Entity e : joined.reading().entities()) {
            for (Span s : e.mentions()) {
                assertEquals(e.name(), text.substring(s.start(), s.end()));
            }
        }
        for (Timex t : joined.reading().times()) {
            assertEquals(t.text(), text.substring(t.start(), t.end()));
        }
        for (Event e : joined.events()) {
            assertEquals(e.text(), text.substring(e.start(), e.end()));
        }
        assertEquals(List.of("e1", "e2", "e100001", "e100002"),
                joined.reading().entities().stream().map(Entity::id).toList());
        Event second = joined.events().get(1);
        assertEquals(List.of("v100001", "e100001", "e100002"), List.of(second.id(), second.agent(), second.place()));
        assertEquals("e100001", joined.reading().quotes().get(1).speaker());
    }

    @Test
    void everyOrderedPairIsUsedOnceSoNoTwoArticlesAreTheSame() {
        List<Pipeline.Result> base = List.of(visit("Ann Lee", "Oslo"), visit("Bo Chan", "Lima"),
                visit("Cy Dorn", "Rome"), visit("Di Egan", "Kyiv"));
        int n = (int) SyntheticArticles.capacity(base.size());
        assertEquals(12, n);
        SyntheticArticles made = new SyntheticArticles(base, LocalDate.of(2023, 1, 1), n);
        Set<String> texts = new HashSet<>();
        for (int i = 0; i < n; i++) {
            Pipeline.Result r = made.get(i);
            String text = r.reading().article().text();
            assertTrue(texts.add(text), "article " + i + " repeats an earlier one");
            String[] halves = text.split("\n\n");
            assertTrue(!halves[0].equals(halves[1]), "article " + i + " pairs a page with itself");
            LocalDate day = r.reading().article().published().date();
            assertTrue(!day.isBefore(LocalDate.of(2023, 1, 1)) && day.getYear() == 2023, day.toString());
        }
        assertEquals(12, texts.size());
    }

    @Test
    void oneArticleCannotBePaired() {
        assertThrows(IllegalArgumentException.class,
                () -> new SyntheticArticles(List.of(visit("Ann Lee", "Oslo")), LocalDate.of(2023, 1, 1), 1));
    }
}
