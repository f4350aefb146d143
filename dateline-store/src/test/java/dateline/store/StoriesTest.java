package dateline.store;

import dateline.article.Article;
import dateline.article.PublishedDate;
import dateline.reading.Entity;
import dateline.reading.EntityType;
import dateline.reading.Reading;
import dateline.reading.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stories made of hand-made readings: which articles report one happening, as they arrive. */
class StoriesTest {
    @TempDir
    Path dir;

    /**
     * An article of that day naming entities as "Name:mentions:TYPE"; its text is its own words unless given, so
     * that only the copies below are near copies.
     */
    private static Reading report(String source, String day, String text, String... entities) {
        List<Entity> list = new ArrayList<>();
        for (String e : entities) {
            String[] p = e.split(":");
            List<Span> mentions = new ArrayList<>();
            for (int i = 0; i < Integer.parseInt(p[1]); i++) {
                mentions.add(new Span(i, i + 1));
            }
            list.add(new Entity("e" + (list.size() + 1), p[0], EntityType.valueOf(p[2]), List.of(), mentions, null));
        }
        Article a = new Article(source, "Report " + source, PublishedDate.ofDate(LocalDate.parse(day), "test"), null,
                null, List.of(), "en", "https://" + source.replace(".html", ".example") + "/x", null,
                text == null ? "Words of " + source + " alone." : text, List.of());
        return new Reading(a, List.of(), list, List.of(), List.of(), List.of());
    }

    private static long put(Store s, Reading r) {
        s.put(r, List.of());
        return s.storyOf(r.article().source());
    }

    @Test
    void twoReportsOfOneVisitAreOneStoryAndOtherNewsIsNot() {
        try (Store s = Store.open(dir)) {
            long first = put(s, report("a.html", "2031-04-02", null, "Lena Brandt:4:PERSON", "Tromso:2:LOCATION",
                    "Arctic Council:1:ORGANIZATION", "Norway:1:LOCATION"));
            put(s, report("other.html", "2031-04-02", null, "Omar Said:3:PERSON", "Cairo:2:LOCATION",
                    "Norway:1:LOCATION"));
            long second = put(s, report("b.html", "2031-04-03", null, "Lena Brandt:3:PERSON", "Tromso:1:LOCATION",
                    "Arctic Council:2:ORGANIZATION"));
            long later = put(s, report("c.html", "2031-04-20", null, "Lena Brandt:4:PERSON", "Tromso:2:LOCATION",
                    "Arctic Council:1:ORGANIZATION"));

            assertEquals(first, second);
            assertNotEquals(first, s.storyOf("other.html"), "a name in common is not a story in common");
            assertNotEquals(first, later, "the same people weeks later are another happening");
            Story story = s.story(first);
            assertEquals(2, story.articles());
            assertEquals("2031-04-02", story.from());
            assertEquals("2031-04-03", story.to());
            assertEquals("Report a.html", story.title());
            assertEquals(List.of("a.html", "b.html"), story.members().stream().map(Story.Member::document).toList());
            assertEquals(new EntityProfile.Count("Lena Brandt", 7), story.entities().get(0));
            assertEquals(List.of(new EntityProfile.Count("Tromso", 3), new EntityProfile.Count("Norway", 1)),
                    story.places());
            assertEquals(List.of(later, first, s.storyOf("other.html")), s.stories(null, null, null, 10).stream()
                    .map(Story::id).toList().subList(0, 3));
            assertEquals(List.of(first, later), s.stories(null, null, "Lena Brandt", 10).stream().map(Story::id).sorted()
                    .toList());
            assertEquals(List.of(later), s.stories(LocalDate.parse("2031-04-10"), null, null, 10).stream()
                    .map(Story::id).toList());
            assertNull(s.story(12345));
        }
    }

    @Test
    void aLateReportThatTiesTwoStoriesMergesThem() {
        try (Store s = Store.open(dir)) {
            long summit = put(s, report("summit.html", "2031-06-10", null, "Ana Ruiz:4:PERSON", "Lima:3:LOCATION"));
            long port = put(s, report("port.html", "2031-06-10", null, "Callao:4:LOCATION", "Port Authority:3:ORGANIZATION"));
            assertNotEquals(summit, port);

            long both = put(s, report("both.html", "2031-06-11", null, "Ana Ruiz:3:PERSON", "Lima:2:LOCATION",
                    "Callao:3:LOCATION", "Port Authority:2:ORGANIZATION"));

            assertEquals(summit, both, "the merged story keeps the older id");
            assertEquals(summit, (long) s.storyOf("port.html"));
            assertEquals(3, s.story(summit).articles());
            assertNull(s.story(port), "no story is left under the merged id");
            // The names of both stories and of the article that tied them, counted once each.
            assertEquals(List.of(new EntityProfile.Count("Ana Ruiz", 7), new EntityProfile.Count("Port Authority", 5)),
                    s.story(summit).entities());
            assertEquals(List.of(new EntityProfile.Count("Callao", 7), new EntityProfile.Count("Lima", 5)),
                    s.story(summit).places());
        }
    }

    @Test
    void aStoreWhoseStoriesHaveNoNamesCountsThemWhenItOpens() throws Exception {
        long story;
        try (Store s = Store.open(dir)) {
            story = put(s, report("a.html", "2031-04-02", null, "Lena Brandt:4:PERSON", "Tromso:2:LOCATION"));
            put(s, report("b.html", "2031-04-03", null, "Lena Brandt:3:PERSON", "Tromso:1:LOCATION"));
        }
        // As a store made before stories kept their names: the table is there, and empty.
        update("DELETE FROM story_name");
        try (Store s = Store.open(dir)) {
            assertEquals(List.of(new EntityProfile.Count("Lena Brandt", 7)), s.story(story).entities());
            assertEquals(List.of(new EntityProfile.Count("Tromso", 3)), s.story(story).places());
        }
    }

    /** Rows of a query on the store's database, as text, for comparing two ways of counting. */
    private List<String> rows(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:h2:file:"
                + dir.toAbsolutePath().resolve("dateline"), "sa", "");
             java.sql.Statement st = db.createStatement();
             java.sql.ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1) + "=" + rs.getString(2));
            }
        }
        return out;
    }

    private void update(String sql) throws Exception {
        try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:h2:file:"
                + dir.toAbsolutePath().resolve("dateline"), "sa", "");
             java.sql.Statement st = db.createStatement()) {
            st.executeUpdate(sql);
        }
    }

    @Test
    void theArticlesBearingEachNameAreCountedAsTheyArriveAndOnceForAnOlderStore() throws Exception {
        try (Store s = Store.open(dir)) {
            put(s, report("a.html", "2031-04-02", null, "Lena Brandt:4:PERSON", "Tromso:2:LOCATION"));
            put(s, report("b.html", "2031-04-03", null, "Lena Brandt:3:PERSON", "Oslo:1:LOCATION"));
            put(s, report("c.html", "2031-05-01", null, "Omar Said:3:PERSON", "Oslo:2:LOCATION"));
        }
        String counted = "SELECT name_key, COUNT(DISTINCT article_id) FROM entity_name GROUP BY name_key ORDER BY 1";
        List<String> kept = rows("SELECT name_key, articles FROM name_df ORDER BY 1");
        assertEquals(rows(counted), kept);
        assertTrue(kept.contains("oslo=2") && kept.contains("lena brandt=2") && kept.contains("omar said=1"),
                kept.toString());
        // As a store made before the counts were kept: they are counted once when it opens, and not again.
        update("DELETE FROM name_df");
        update("DELETE FROM done WHERE name = 'name df'");
        try (Store s = Store.open(dir)) {
            assertEquals(3, s.articles());
        }
        assertEquals(kept, rows("SELECT name_key, articles FROM name_df ORDER BY 1"));
    }

    private static final String WIRE = "The harbour authority of Port Elsa said on Thursday that the new container "
            + "terminal would open in June, two months later than planned, after storms damaged the northern quay. "
            + "Director Mara Quint told reporters that repairs to the quay had cost more than expected and that the "
            + "first ships would be turned away until the cranes were tested. Shipping companies had been told of the "
            + "delay last week, she said, and most had already moved their calls to the older terminal in the south.";

    @Test
    void aNearCopyJoinsTheStoryOfItsOriginalAndCountsApart() {
        try (Store s = Store.open(dir)) {
            long original = put(s, report("wire.html", "2031-02-05", WIRE, "Mara Quint:2:PERSON",
                    "Port Elsa:1:LOCATION"));
            long copy = put(s, report("mirror.html", "2031-02-09", "PORT ELSA (Wire) - " + WIRE,
                    "Mara Quint:2:PERSON"));
            assertEquals(original, copy, "a copy joins its original's story, whatever its date");
            Story story = s.story(original);
            assertEquals(1, story.articles());
            assertEquals(1, story.copies());
            assertEquals("wire.html", story.members().get(1).copyOf());
            assertEquals(new EntityProfile.Count("Mara Quint", 2), story.entities().get(0), "the copy's not again");
            assertEquals(List.of(new EntityProfile.Count("mirror.example", 1), new EntityProfile.Count("wire.example", 1)),
                    story.outlets());
        }
    }
}
