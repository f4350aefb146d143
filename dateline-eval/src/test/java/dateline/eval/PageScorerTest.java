package dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dateline.json.Json;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The page scorer on a gold and an output written here, item by item as score_reading.py counts them. */
class PageScorerTest {
    private static JsonNode json(String s) throws Exception {
        return Json.READER.readTree(s.replace('`', '"'));
    }

    private static final String GOLD = """
            {`input`: `p.txt`,
             `article`: {`title`: `Minister visits Kelmar`, `published`: `2024-05-08`, `body_starts_with`: `The minister`,
                         `body_ends_with`: `on Friday.`, `must_not_contain`: [`Share this`]},
             `times`: [{`text`: `Monday`, `accept`: [`2024-05-06`]}, {`text`: `next week`, `accept`: [`2024-W20`]}],
             `entities`: [{`name`: `Ana Varga`, `type`: `PERSON`, `aliases_in_text`: [`Varga`, `Foreign Minister Ana Varga`]},
                          {`name`: `Kelmar`, `type`: `LOCATION`, `lat`: 45.0, `lon`: 10.0}],
             `quotes`: [{`starts_with`: `We came to listen`, `speaker`: `Ana Varga`}],
             `attributions`: [{`claim_contains`: `talks will resume`, `source_chain`: [`Norland News`, `Ana Varga`]}],
             `itinerary`: {`who`: `Ana Varga`, `stops`: [{`place`: `Kelmar (port)`, `lat`: 45.0, `lon`: 10.0, `accept`: [`2024-05-06`]},
                                                        {`place`: `Sarnow`, `accept`: [`2024-05-07`]}]}}
            """;

    private static final String READING = """
            {`source`: `p.txt`,
             `article`: {`title`: `Minister  visits Kelmar`, `published`: `2024-05-08T09:00+02:00`,
                         `text`: `The minister arrived on Monday. Share this. She leaves on Friday.`},
             `entities`: [{`id`: `e1`, `name`: `Ana Varga`, `type`: `PERSON`, `aliases`: [`Varga`, `Foreign Minister`]},
                          {`id`: `e2`, `name`: `Kelmar`, `type`: `LOCATION`, `aliases`: [], `lat`: 45.3, `lon`: 10.1},
                          {`id`: `e3`, `name`: `Norland News`, `type`: `ORGANIZATION`, `aliases`: []}],
             `times`: [{`text`: `on Monday`, `value`: `2024-05-06`}, {`text`: `next week`, `value`: `2024-W21`}],
             `quotes`: [{`text`: `“We came to listen,” she said`, `speaker`: `e1`}],
             `attributions`: [{`text`: `The talks will resume`, `sources`: [`e3`, `e1`]}],
             `events`: []}
            """;

    @Test
    void eachGoldItemCountsOnceInItsCategory() throws Exception {
        JsonNode itinerary = json("{`who`: `Ana Varga`, `stops`: [{`place`: `Kelmar`, `lat`: 45.2, `lon`: 10.0, "
                + "`date`: `2024-05-06`}, {`place`: `Lestra`, `date`: `2024-05-09`}]}");

        PageScorer.Score s = PageScorer.score(json(GOLD), json(READING), itinerary);

        // title (spaces folded), published (a prefix), body start, body end; the boilerplate is in the text.
        assertArrayEquals(new int[] {5, 4}, s.counts().get("article"));
        assertArrayEquals(new int[] {2, 1}, s.counts().get("times"), "the week is off by one");
        assertArrayEquals(new int[] {2, 2}, s.counts().get("entities"));
        assertArrayEquals(new int[] {1, 1}, s.counts().get("coreference"), "a role before a name is the name");
        assertArrayEquals(new int[] {1, 1}, s.counts().get("geocoding"), "33 km off is within 60");
        assertArrayEquals(new int[] {1, 1}, s.counts().get("quotes"), "opening quote marks are skipped");
        assertArrayEquals(new int[] {1, 1}, s.counts().get("attribution"));
        // Kelmar matches; Sarnow is missing; the two found stops are in order; one extra stop is allowed.
        assertArrayEquals(new int[] {4, 3}, s.counts().get("itinerary"));
        assertEquals(List.of("article", "times", "entities", "coreference", "geocoding", "quotes", "attribution",
                "itinerary"), List.copyOf(s.counts().keySet()));
        assertTrue(s.misses().contains("itinerary: Sarnow on ['2024-05-07']"), s.misses().toString());
        assertTrue(s.misses().contains("article: boilerplate 'Share this' in text"), s.misses().toString());
    }

    @Test
    void theSplitFollowsTheFileNameAlone() {
        assertEquals(Split.of(Path.of("a/araghchi-baghdad-2024.gold.json")), Split.of(Path.of("b/araghchi-baghdad-2024.txt")));
        assertEquals(Split.TUNING, Split.of(Path.of("araghchi-baghdad-2024.gold.json")));
        assertEquals(Split.CHECK, Split.of(Path.of("chen-deming-berlin-2009.gold.json")));
        assertTrue(Split.ALL.holds(Path.of("chen-deming-berlin-2009.gold.json")));
    }
}
