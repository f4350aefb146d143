package dateline.reading;

import dateline.article.Article;
import dateline.article.PublishedDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reference page read as clean text with its own date line's date: what a careful reader gets out of it. */
class SeedReadingTest {
    static Reading r;

    @BeforeAll
    static void read() throws Exception {
        String text = Files.readString(Path.of("../examples/kim-russia-trip.txt"), StandardCharsets.UTF_8);
        PublishedDate date = new PublishedDate(LocalDate.of(2023, 9, 17), LocalTime.of(18, 37), null, "given");
        r = SharedReader.get().read(new Article("kim-russia-trip.txt", null, date, null, null, List.of(), "und", null,
                null, text, List.of()));
    }

    static Entity named(String name) {
        return r.entities().stream().filter(e -> e.name().equals(name) || e.aliases().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name));
    }

    static String value(String text) {
        return r.times().stream().filter(t -> t.text().toLowerCase().contains(text.toLowerCase())).findFirst()
                .map(Timex::value).orElse(null);
    }

    @Test
    void timesResolveAgainstTheSundayDateLine() {
        assertEquals("P6D", value("six-day"));
        assertEquals("2023-09-17", value("Sunday"));
        assertEquals("2023-09-16", value("Saturday"));
        assertEquals("2023-09-15", value("Friday"));
        assertEquals("2023-09-13", value("Wednesday"));
        assertEquals("P4Y", value("four years"));
        assertEquals("1950/1953", value("1950-1953"));
    }

    @Test
    void entitiesAreTypedAndMerged() {
        Entity kim = named("Kim Jong Un");
        assertEquals(EntityType.PERSON, kim.type());
        assertTrue(kim.aliases().containsAll(List.of("Kim", "North Korean leader", "DPRK leader")), kim.aliases().toString());
        assertTrue(named("Vladimir Putin").aliases().contains("Russian President"));
        assertTrue(named("Dmitry Peskov").aliases().stream().anyMatch(a -> a.equalsIgnoreCase("the spokesman")
                || a.equalsIgnoreCase("spokesman")));
        assertEquals("Korean Central News Agency", named("KCNA").name());
        assertEquals(EntityType.FACILITY, named("Vostochny Spaceport").type());
        assertTrue(named("Vostochny Spaceport").aliases().contains("Vostochny"));
        assertEquals(EntityType.FACILITY, named("Knevichi airport").type());
        assertEquals(EntityType.LOCATION, named("Khasan").type());
        assertEquals(EntityType.LOCATION, named("Tsiolkovsky").type());
        assertEquals(EntityType.PRODUCT, named("Su-57").type());
        assertEquals(EntityType.PRODUCT, named("Kalibr").type());
        assertEquals(EntityType.PRODUCT, named("Marshal Shaposhnikov").type());
    }

    @Test
    void quotesHaveTheirSpeaker() {
        String peskov = named("Dmitry Peskov").id();
        assertTrue(r.quotes().stream().anyMatch(q -> q.text().startsWith("There is no sensation") && peskov.equals(q.speaker())));
        assertTrue(r.quotes().stream().anyMatch(q -> q.text().startsWith("No agreements were signed") && peskov.equals(q.speaker())));
    }

    @Test
    void claimsHaveTheirSourceChains() {
        String tass = named("TASS").id(), vok = named("Voice of Korea").id(), kcna = named("KCNA").id();
        assertTrue(r.attributions().stream().anyMatch(a -> a.text().contains("has left the station Artyom-Primorsky 1")
                && a.sources().equals(List.of(tass))));
        assertTrue(r.attributions().stream().anyMatch(a -> a.text().contains("exchanged views on regional")
                && a.sources().equals(List.of(tass, vok))));
        assertTrue(r.attributions().stream().anyMatch(a -> a.text().contains("deeply impressed")
                && a.sources().equals(List.of(kcna))));
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = r.article().text();
        for (Timex t : r.times()) {
            assertEquals(t.text(), text.substring(t.start(), t.end()));
        }
        for (Quote q : r.quotes()) {
            assertEquals(q.text(), text.substring(q.start(), q.end()));
        }
        // Every mention's words are one of its entity's names, or a pronoun that refers to it.
        for (Entity e : r.entities()) {
            List<String> names = new java.util.ArrayList<>(e.aliases());
            names.add(e.name());
            names.addAll(List.of("he", "him", "his", "she", "her"));
            for (Span m : e.mentions()) {
                String words = text.substring(m.start(), m.end()).replaceAll("\\s+", " ");
                assertTrue(names.stream().anyMatch(words::equalsIgnoreCase), e.name() + " mentioned as " + words);
            }
        }
    }
}
