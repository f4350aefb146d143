package dateline.resolve;

import dateline.article.Article;
import dateline.reading.Entity;
import dateline.reading.EntityType;
import dateline.reading.Geo;
import dateline.reading.Reading;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One entity across articles, on entities as the reader would give them. */
class SameEntitiesTest {
    private static Entity entity(String id, String name, EntityType type, List<String> aliases, Geo geo) {
        return new Entity(id, name, type, aliases, List.of(), geo);
    }

    private static Reading article(Entity... entities) {
        Article a = new Article("test", null, null, null, null, List.of(), "en", null, null, "", List.of());
        return new Reading(a, List.of(), List.of(entities), List.of(), List.of(), List.of());
    }

    private static boolean same(Map<SameEntities.Ref, Integer> groups, int a, String ea, int b, String eb) {
        return groups.get(new SameEntities.Ref(a, ea)).equals(groups.get(new SameEntities.Ref(b, eb)));
    }

    @Test
    void aNameAmongTheOtherArticlesNamesIsTheSameEntity() {
        Map<SameEntities.Ref, Integer> groups = SameEntities.group(List.of(
                article(entity("e1", "Kim Jong Un", EntityType.PERSON, List.of("Kim", "North Korean leader"), null)),
                article(entity("e1", "Kim", EntityType.PERSON, List.of(), null),
                        entity("e2", "Chrysler", EntityType.ORGANIZATION, List.of(), null)),
                article(entity("e1", "Chrysler LLC", EntityType.ORGANIZATION, List.of(), null),
                        entity("e2", "Kim", EntityType.ORGANIZATION, List.of(), null))));
        assertTrue(same(groups, 0, "e1", 1, "e1"), "the surname of one is the name of the other");
        assertTrue(same(groups, 1, "e2", 2, "e1"), "a company without its legal form");
        assertFalse(same(groups, 0, "e1", 2, "e2"), "a company is not a person of the same name");
    }

    @Test
    void aSharedSurnameOrOfficeMakesNoOneEntity() {
        Map<SameEntities.Ref, Integer> groups = SameEntities.group(List.of(
                article(entity("e1", "Kim Jong Un", EntityType.PERSON, List.of("Kim"), null),
                        entity("e2", "Foreign Secretary", EntityType.PERSON, List.of(), null)),
                article(entity("e1", "Kim Yo Jong", EntityType.PERSON, List.of("Kim"), null),
                        entity("e2", "Foreign Secretary", EntityType.PERSON, List.of(), null))));
        assertFalse(same(groups, 0, "e1", 1, "e1"));
        assertFalse(same(groups, 0, "e2", 1, "e2"), "offices change hands");
    }

    @Test
    void placesAreOneByTheirGazetteerEntry() {
        Geo primorye = new Geo(45.0, 134.0, "2017623");
        Geo georgiaCountry = new Geo(42.0, 43.5, "614540");
        Geo georgiaState = new Geo(33.0, -83.5, "4197000");
        Map<SameEntities.Ref, Integer> groups = SameEntities.group(List.of(
                article(entity("e1", "Primorye", EntityType.LOCATION, List.of(), primorye),
                        entity("e2", "Georgia", EntityType.LOCATION, List.of(), georgiaCountry)),
                article(entity("e1", "Primorsky Krai", EntityType.LOCATION, List.of(), primorye),
                        entity("e2", "Georgia", EntityType.LOCATION, List.of(), georgiaState))));
        assertTrue(same(groups, 0, "e1", 1, "e1"), "two names of one region");
        assertFalse(same(groups, 0, "e2", 1, "e2"), "one name of two places");
        assertNotEquals(groups.get(new SameEntities.Ref(0, "e1")), groups.get(new SameEntities.Ref(0, "e2")));
    }
}
