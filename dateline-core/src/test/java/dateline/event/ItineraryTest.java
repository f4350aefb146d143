package dateline.event;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ItineraryTest {
    private static Itinerary.Stop stop(String date, String place, String id, String doc, String... with) {
        return new Itinerary.Stop(date == null ? null : LocalDate.parse(date), place, 1, 2, id, List.of(with),
                place + " evidence", List.of(), List.of(doc));
    }

    @Test
    void samePlaceAndDayOnceWithEveryDocument() {
        Itinerary it = Itinerary.merge("Kim", List.of(
                stop("2023-09-16", "Vladivostok", "geonames:2013348", "a", "Shoigu"),
                stop("2023-09-13", "Vostochny", "wikidata:Q1", "a", "Putin"),
                stop("2023-09-16", "Vladivostok", "geonames:2013348", "b", "Kozhemyako")));
        assertEquals(2, it.stops().size());
        assertEquals("Vostochny", it.stops().get(0).place());
        assertEquals(List.of("a", "b"), it.stops().get(1).documents());
        assertEquals(List.of("Shoigu", "Kozhemyako"), it.stops().get(1).with());
    }

    @Test
    void anUndatedStopFoldsIntoTheDatedOneAtTheSamePlace() {
        Itinerary it = Itinerary.merge("Kim", List.of(
                stop(null, "Vladivostok", "geonames:2013348", "a"),
                stop("2023-09-16", "Vladivostok", "geonames:2013348", "b"),
                stop(null, "Khasan", "geonames:2022586", "a")));
        assertEquals(2, it.stops().size());
        assertEquals(LocalDate.of(2023, 9, 16), it.stops().get(0).date());
        assertEquals(List.of("b", "a"), it.stops().get(0).documents());
        assertEquals("Khasan", it.stops().get(1).place(), "undated stops come last");
    }

    @Test
    void regionsAndCountriesGiveWayToPreciseStops() {
        Itinerary it = Itinerary.merge("Haddad", List.of(
                stop("2024-05-13", "Japan", "iso3166:JP", "a"),
                stop("2024-05-15", "South Korea", "iso3166:KR", "a"),
                stop("2024-05-15", "Seoul", "geonames:1835848", "a"),
                stop(null, "Asia tour region", "geonames-admin1:XX.01", "a")));
        assertEquals(List.of("Japan", "Seoul"), it.stops().stream().map(Itinerary.Stop::place).toList());
    }

    @Test
    void onlyPresencesThatHappenedAreStops() {
        assertTrue(Itinerary.isStop(EventType.VISIT, Event.Polarity.POSITIVE, Event.Status.HAPPENED));
        assertTrue(Itinerary.isStop(EventType.MEET, Event.Polarity.POSITIVE, Event.Status.REPORTED));
        assertFalse(Itinerary.isStop(EventType.VISIT, Event.Polarity.POSITIVE, Event.Status.PLANNED));
        assertFalse(Itinerary.isStop(EventType.VISIT, Event.Polarity.NEGATIVE, Event.Status.HAPPENED));
        assertFalse(Itinerary.isStop(EventType.STATEMENT, Event.Polarity.POSITIVE, Event.Status.HAPPENED));
    }
}
