package dateline.store;

import dateline.article.Article;
import dateline.article.PublishedDate;
import dateline.event.Event;
import dateline.event.EventType;
import dateline.event.Precision;
import dateline.reading.Entity;
import dateline.reading.EntityType;
import dateline.reading.Geo;
import dateline.reading.Reading;
import dateline.reading.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** One person across three articles, one of them a near copy of another, read by hand. */
class EntityProfileTest {
    @TempDir
    Path dir;

    private static final String REST = " The two sides discussed the railway across the border, the port and the"
            + " supply of grain for the winter, officials in both capitals said after the talks had ended. Workers"
            + " had repainted the station and the square in front of it for the arrival of the special train, and"
            + " crowds lined the road from the station to the shipyard where the delegation was shown a new ferry.";

    private static final String OTHER = " At the plant he was shown the assembly hall for fighter jets and the"
            + " runway where test pilots fly the new models, and he asked the engineers how many aircraft the line"
            + " could build each year if the orders came. The governor of the region gave a lunch in his honour and"
            + " spoke of long friendship between the two countries and of trade that would grow.";

    /** Kim in a city, with Shoigu; "He" refers back to Kim and is no name; TASS is cited for the visit. */
    private static Reading kim(String source, String url, LocalDate published, String prefix, String city,
                               double lat, double lon, String rest) {
        String text = prefix + "Kim Jong Un visited " + city + " with Sergey Shoigu, TASS reported."
                + rest
                + " He left on Sunday. Kim thanked the hosts.";
        Article a = new Article(source, "Kim in " + city, PublishedDate.ofDate(published, "test"), null, null,
                List.of(), "en", url, null, text, List.of());
        int at = prefix.length();
        int cityAt = text.indexOf(city);
        List<Entity> entities = List.of(
                new Entity("e1", "Kim Jong Un", EntityType.PERSON, List.of("Kim"), List.of(new Span(at, at + 11),
                        new Span(text.indexOf("He left"), text.indexOf("He left") + 2),
                        new Span(text.lastIndexOf("Kim"), text.lastIndexOf("Kim") + 3)), null),
                new Entity("e2", city, EntityType.LOCATION, List.of(), List.of(new Span(cityAt, cityAt + city.length())),
                        new Geo(lat, lon, "geonames:" + city.length())),
                new Entity("e3", "Sergey Shoigu", EntityType.PERSON, List.of(),
                        List.of(new Span(text.indexOf("Sergey"), text.indexOf("Sergey") + 13)), null),
                new Entity("e4", "TASS", EntityType.ORGANIZATION, List.of(),
                        List.of(new Span(text.indexOf("TASS"), text.indexOf("TASS") + 4)), null));
        return new Reading(a, List.of(), entities, List.of(), List.of(), List.of());
    }

    private static List<Event> visit(Reading r, String day) {
        String text = r.article().text();
        int end = text.indexOf("reported.") + 9;
        return List.of(new Event("v1", EventType.VISIT, 0, end, text.substring(0, end), "e1", List.of("e3"), "e2",
                day, Precision.DAY, List.of("e4"), Event.Polarity.POSITIVE, Event.Status.HAPPENED));
    }

    @Test
    void onePersonAcrossArticlesWithACopyCountedApart() {
        try (Store store = Store.open(dir)) {
            Reading a = kim("a.html", "https://www.news.example/a", LocalDate.of(2023, 9, 13), "", "Vostochny",
                    51.88, 128.33, REST);
            Reading b = kim("b.html", "https://tass.example/b", LocalDate.of(2023, 9, 15), "", "Komsomolsk-on-Amur",
                    50.55, 137.01, OTHER);
            Reading copy = kim("c.html", "https://mirror.example/c", LocalDate.of(2023, 9, 14), "MOSCOW (Wire) - ",
                    "Vostochny", 51.88, 128.33, REST);
            store.put(a, visit(a, "2023-09-13"));
            store.put(b, visit(b, "2023-09-15"));
            store.put(copy, visit(copy, "2023-09-13"));
            assertEquals(1, store.copyCount());

            EntityProfile kim = store.entity("Kim");
            assertEquals("Kim Jong Un", kim.name());
            assertEquals("PERSON", kim.type());
            assertEquals(2, kim.articles());
            assertEquals(1, kim.copies());
            assertEquals(6, kim.mentions(), "three in each original: the name, 'He', 'Kim'");
            assertEquals(List.of(new EntityProfile.Count("Kim", 2), new EntityProfile.Count("Kim Jong Un", 2)),
                    kim.names());
            assertNull(kim.place());
            assertEquals(List.of(new EntityProfile.Period("2023-09-13", 1, 3), new EntityProfile.Period("2023-09-15", 1, 3)),
                    kim.byPeriod());
            assertEquals(List.of(new EntityProfile.Count("Sergey Shoigu", 2), new EntityProfile.Count("TASS", 2),
                    new EntityProfile.Count("Komsomolsk-on-Amur", 1), new EntityProfile.Count("Vostochny", 1)),
                    kim.together());
            assertEquals(List.of(new EntityProfile.Count("news.example", 1), new EntityProfile.Count("tass.example", 1)),
                    kim.outlets());
            assertEquals(List.of(new EntityProfile.Count("TASS", 2)), kim.cited(), "the copy's event not again");
            assertEquals(2, kim.itinerary().stops().size());
            assertEquals(LocalDate.of(2023, 9, 13), kim.itinerary().stops().get(0).date());
            assertEquals(List.of("a.html", "c.html"), kim.itinerary().stops().get(0).documents());

            EntityProfile place = store.entity("Komsomolsk-on-Amur");
            assertEquals("LOCATION", place.type());
            assertEquals(new EntityProfile.Place("geonames:18", 50.55, 137.01), place.place());
            assertEquals(1, place.articles());
            assertNull(store.entity("Nobody At All"));
        }
    }
}
