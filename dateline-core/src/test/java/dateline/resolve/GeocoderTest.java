package dateline.resolve;

import dateline.reading.Entity;
import dateline.reading.EntityType;
import dateline.reading.Names;
import dateline.reading.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeocoderTest {
    private static Gazetteer gazetteer;
    private static Geocoder geocoder;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.load();
        geocoder = new Geocoder(gazetteer);
    }

    private static Entity place(String id, String name, EntityType type, String... aliases) {
        return new Entity(id, name, type, List.of(aliases), List.of(new Span(0, name.length())), null);
    }

    private static Place resolve(List<Entity> entities, String id) {
        Map<Entity, Place> placed = geocoder.place(entities);
        return placed.entrySet().stream().filter(e -> e.getKey().id().equals(id)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    private static void near(Place p, double lat, double lon, double km) {
        assertNotNull(p, "no place");
        double d = Place.km(p.lat(), p.lon(), lat, lon);
        assertTrue(d <= km, p + " is " + Math.round(d) + " km away from " + lat + "," + lon);
    }

    @Test
    void foldsCaseAccentsAndPunctuation() {
        assertEquals("komsomolsk on amur", Names.key("Komsomol’sk-on-Amur"));
        assertEquals("artem", Names.key("Artëm"));
        assertEquals("primorye", Gazetteer.withoutDivisionWords(Names.key("Primorye Region")));
        assertEquals("amur", Gazetteer.withoutDivisionWords("amur oblast"));
        assertEquals("korea", Gazetteer.withoutDivisionWords("republic of korea"));
        assertEquals("region", Gazetteer.withoutDivisionWords("region"));
    }

    @Test
    void aCapitalsNameAloneIsTheCapitalUnlessItsNeighboursAreDivisions() {
        near(resolve(List.of(place("e1", "Washington", EntityType.LOCATION),
                place("e2", "Kabul", EntityType.LOCATION)), "e1"), 38.9, -77.04, 20);
        Place state = resolve(List.of(place("e1", "Washington", EntityType.LOCATION),
                place("e2", "Oregon", EntityType.LOCATION), place("e3", "Idaho", EntityType.LOCATION)), "e1");
        assertEquals(Place.Kind.REGION, state.kind(), "among states, the state: " + state);
        assertEquals(Place.Kind.COUNTRY, resolve(List.of(place("e1", "Kuwait", EntityType.LOCATION)), "e1").kind(),
                "the capital's due takes nothing from a country of the same name");
    }

    @Test
    void findsCitiesByAlternateNames() {
        assertTrue(gazetteer.size() > 150_000, "gazetteer has " + gazetteer.size() + " places");
        near(resolve(List.of(place("e1", "Wladiwostok", EntityType.LOCATION)), "e1"), 43.12, 131.89, 20);
        near(resolve(List.of(place("e1", "Tsiolkovsky", EntityType.LOCATION)), "e1"), 51.76, 128.12, 20);
    }

    @Test
    void stripsDivisionWords() {
        Place primorye = resolve(List.of(place("e1", "Primorye Region", EntityType.LOCATION),
                place("e2", "Russia", EntityType.LOCATION)), "e1");
        assertNotNull(primorye);
        assertEquals(Place.Kind.REGION, primorye.kind());
        assertEquals("RU", primorye.country());
        Place amur = resolve(List.of(place("e1", "Amur Region", EntityType.LOCATION)), "e1");
        assertEquals("geonames-admin1:RU.05", amur.id());
    }

    @Test
    void everyPlaceSaysWhatContainsIt() {
        List<Entity> article = List.of(place("e1", "Vladivostok", EntityType.LOCATION),
                place("e2", "Primorye Region", EntityType.LOCATION), place("e3", "Russia", EntityType.LOCATION),
                place("e4", "Vostochny Cosmodrome", EntityType.FACILITY));
        assertEquals("RU.59", resolve(article, "e1").within());
        assertEquals("RU", resolve(article, "e2").within());
        assertNull(resolve(article, "e3").within());
        assertEquals("RU", resolve(article, "e4").within(), "the curated facilities give their country only");
    }

    @Test
    void countriesNamedInTheArticleDecide() {
        near(resolve(List.of(place("e1", "Paris", EntityType.LOCATION)), "e1"), 48.86, 2.35, 20);
        near(resolve(List.of(place("e1", "Paris", EntityType.LOCATION),
                place("e2", "United States", EntityType.LOCATION, "U.S.")), "e1"), 33.66, -95.56, 30);
        assertEquals("iso3166:US", resolve(List.of(place("e1", "US", EntityType.LOCATION)), "e1").id());
        Place alone = resolve(List.of(place("e1", "Georgia", EntityType.LOCATION)), "e1");
        assertEquals(Place.Kind.COUNTRY, alone.kind());
        Place inUs = resolve(List.of(place("e1", "Georgia", EntityType.LOCATION),
                place("e2", "Atlanta", EntityType.LOCATION), place("e3", "America", EntityType.LOCATION)), "e1");
        assertEquals(Place.Kind.REGION, inUs.kind());
        assertEquals("US", inUs.country());
    }

    @Test
    void adjectivesNameCountriesToo() {
        assertEquals("CL", gazetteer.countryOfDemonym("Chilean"));
        assertEquals("KP", gazetteer.countryOfDemonym("North Korean"));
        List<Entity> entities = List.of(place("e1", "Santiago", EntityType.LOCATION),
                place("e2", "Brazil", EntityType.LOCATION));
        assertEquals("BR", geocoder.place(entities).get(entities.get(0)).country(), "Brazil alone pulls to Brazil");
        Place santiago = geocoder.place(entities, Map.of("CL", 1, "AR", 1, "PE", 1)).get(entities.get(0));
        near(santiago, -33.45, -70.65, 20);
    }

    @Test
    void aCityOutweighsTheRegionOfTheSameName() {
        near(resolve(List.of(place("e1", "Buenos Aires", EntityType.LOCATION)), "e1"), -34.61, -58.38, 20);
    }

    @Test
    void facilitiesComeFromTheCuratedTable() {
        Place vostochny = resolve(List.of(place("e1", "Vostochny Spaceport", EntityType.FACILITY, "Vostochny")), "e1");
        assertEquals(Place.Kind.FACILITY, vostochny.kind());
        near(vostochny, 51.88, 128.33, 5);
        near(resolve(List.of(place("e1", "Heathrow", EntityType.FACILITY)), "e1"), 51.47, -0.45, 5);
    }

    @Test
    void aFacilityNotInTheTableSitsInThePlaceItNames() {
        List<Entity> entities = List.of(place("e1", "Khabarovsk airport", EntityType.FACILITY),
                place("e2", "Russia", EntityType.LOCATION));
        near(resolve(entities, "e1"), 48.48, 135.08, 30);
        assertNull(resolve(List.of(place("e1", "Peyton Manning", EntityType.LOCATION),
                place("e2", "United States", EntityType.LOCATION)), "e1"), "a person's name mistaken for a place");
        near(resolve(List.of(place("e1", "Russia's Far East", EntityType.LOCATION)), "e1"), 55.75, 37.62, 5);
        assertNull(resolve(List.of(place("e1", "Acme Widget Works", EntityType.FACILITY),
                place("e2", "Russia", EntityType.LOCATION)), "e1"));
    }

    @Test
    void geocodeKeepsOtherEntitiesUnchanged() {
        List<Entity> entities = new ArrayList<>(List.of(place("e1", "Vladivostok", EntityType.LOCATION),
                place("e2", "Vladimir Putin", EntityType.PERSON)));
        Map<Entity, Place> placed = geocoder.place(entities);
        assertEquals(1, placed.size());
        assertEquals("e1", placed.keySet().iterator().next().id());
    }

    @Test
    void facilitiesNamedAfterSomethingElseAreNotPutInATownOfThatName() {
        List<Entity> article = List.of(place("e1", "Texas", EntityType.LOCATION),
                place("e2", "Johnson Space Center", EntityType.FACILITY),
                place("e3", "California", EntityType.LOCATION),
                place("e4", "California Science Center", EntityType.FACILITY),
                place("e5", "Houston airfield", EntityType.FACILITY),
                place("e6", "Gagarin Aircraft Plant of Komsomolsk-on-Amur", EntityType.FACILITY),
                place("e7", "Komsomolsk-on-Amur", EntityType.LOCATION),
                place("e8", "Russia", EntityType.LOCATION),
                place("e9", "United States", EntityType.LOCATION));
        Map<Entity, Place> placed = geocoder.place(article);
        assertNull(resolve(article, "e2"));
        assertNull(resolve(article, "e4"), "a state's capital is no place for a museum");
        near(resolve(article, "e5"), 29.76, -95.36, 30);
        near(resolve(article, "e6"), 50.55, 137.01, 20);
        assertEquals(9 - 2, placed.size());
    }
}
