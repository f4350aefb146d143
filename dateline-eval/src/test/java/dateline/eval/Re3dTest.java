package dateline.eval;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Re3dTest {
    @Test
    void scoresOnlyConfidentMentionsHeadedByProperNouns() throws Exception {
        List<GoldDocument> docs = Re3d.readAll(Path.of("src/test/resources/eval/re3d"));
        assertEquals(1, docs.size());
        GoldDocument doc = docs.get(0);
        assertEquals("Sample/D1", doc.name());
        assertEquals(List.of("the Minister for Trade = PERSON", "Valletta = LOCATION",
                        "the Government of Malta = ORGANIZATION", "The Harbour Board = ORGANIZATION",
                        "al-Marsa = LOCATION"),
                doc.entities().stream().map(s -> doc.text().substring(s.start(), s.end()) + " = " + s.label()).toList());
        // A pronoun, a sentence-initial common noun, a common-noun head and an unscored type stay as unlabelled
        // spans; the rejected "Rovena Station" (confidence 0.2) is not there at all.
        assertEquals(List.of("We", "Civilians", "the town of Ostrava", "ships"),
                doc.unscored().stream().map(s -> doc.text().substring(s.start(), s.end())).toList());
        assertTrue(doc.unscored().stream().allMatch(s -> s.label() == null));
    }

    @Test
    void everyMentionCountsWhenNamesAreNotAsked() throws Exception {
        GoldDocument doc = Re3d.readAll(Path.of("src/test/resources/eval/re3d"), false).get(0);
        List<String> scored = doc.entities().stream().map(s -> doc.text().substring(s.start(), s.end())).toList();
        assertTrue(scored.containsAll(List.of("We", "Civilians", "the town of Ostrava", "Valletta")), scored.toString());
        assertFalse(scored.contains("Rovena Station"));
    }

    @Test
    void namedMeansAProperNounHead() {
        String text = "Forces of Narnia crossed. Narnia said its forces left.";
        assertFalse(Re3d.isNamed(text, 0, "Forces of Narnia"));  // "forces" is written in lower case later
        assertTrue(Re3d.isNamed(text, 26, "Narnia"));            // opens a sentence but is never lower case
        assertFalse(Re3d.isNamed(text, 38, "its forces"));
        assertTrue(Re3d.isNamed("They met the Narnian Prime Minister.", 9, "the Narnian Prime Minister"));
        assertFalse(Re3d.isNamed("He saw Narnian troops.", 7, "Narnian troops"));
        assertFalse(Re3d.isNamed("It hit 33°30′21″N 36°16′11″E today.", 7, "33°30′21″N 36°16′11″E"));
    }
}
