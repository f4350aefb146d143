package dateline.reading;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Coreference rule by rule, on sentences tagged by hand: no CoreNLP is loaded. */
class CoreferenceRulesTest {
    private static final Lexicon LEXICON = Lexicon.standard();
    private static final Titles TITLES = new Titles(LEXICON);

    private static Reading read(String... sentences) {
        Fixture f = new Fixture();
        for (String s : sentences) {
            f.tagged(s);
        }
        Reading r = f.reading(LocalDate.of(2024, 5, 6));
        return new Coreferencer(LEXICON, TITLES).resolve(r, new MentionScanner(LEXICON, TITLES).scan(r));
    }

    private static List<Entity> entities(String... sentences) {
        return read(sentences).entities();
    }

    private static List<String> mentions(Entity e, String text) {
        return e.mentions().stream().map(m -> text.substring(m.start(), m.end())).toList();
    }

    private static String text(String... sentences) {
        return read(sentences).article().text();
    }

    @Test
    void aSurnameAndAPronounAreThePersonNamedInFull() {
        String[] s = {"Ann/NNP/PERSON Cole/NNP/PERSON arrived/VBD ./.", "Cole/NNP/PERSON said/VBD she/PRP was/VBD glad/JJ ./."};
        List<Entity> e = entities(s);
        assertEquals(1, e.size(), e.toString());
        assertEquals("Ann Cole", e.get(0).name());
        assertEquals(List.of("Ann Cole", "Cole", "she"), mentions(e.get(0), text(s)));
    }

    @Test
    void anAcronymInParenthesesNamesTheSameBody() {
        String[] s = {"The/DT Velmor/NNP/ORGANIZATION Water/NNP/ORGANIZATION Board/NNP/ORGANIZATION (/-LRB- VWB/NNP )/-RRB- met/VBD ./.",
                "The/DT VWB/NNP/ORGANIZATION agreed/VBD ./."};
        List<Entity> e = entities(s);
        assertEquals(1, e.size(), e.toString());
        assertEquals("Velmor Water Board", e.get(0).name());
        assertTrue(e.get(0).aliases().contains("VWB"), e.get(0).aliases().toString());
        assertEquals(3, e.get(0).mentions().size());
    }

    @Test
    void aRolePhraseLaterIsTheHolderOfThatRole() {
        String[] s = {"Ruritanian/JJ/MISC President/NNP Ivo/NNP/PERSON Marek/NNP/PERSON landed/VBD ./.",
                "The/DT president/NN thanked/VBD his/PRP$ hosts/NNS ./."};
        List<Entity> e = entities(s);
        Entity marek = e.stream().filter(x -> x.name().equals("Ivo Marek")).findFirst().orElseThrow();
        // The title before the name, the name, the role phrase (without its article) and the pronoun.
        assertEquals(List.of("Ruritanian President", "Ivo Marek", "president", "his"), mentions(marek, text(s)));
    }

    @Test
    void theVicePresidentIsNotThePresident() {
        String[] s = {"President/NNP Ivo/NNP/PERSON Marek/NNP/PERSON met/VBD students/NNS ./.",
                "The/DT vice/NN president/NN spoke/VBD ./."};
        List<Entity> e = entities(s);
        Entity marek = e.stream().filter(x -> x.name().equals("Ivo Marek")).findFirst().orElseThrow();
        assertEquals(List.of("President", "Ivo Marek"), mentions(marek, text(s)));
    }

    @Test
    void aCountrysOtherNamesAreTheCountry() {
        String[] s = {"Officials/NNS from/IN the/DT United/NNP/LOCATION Kingdom/NNP/LOCATION came/VBD ./.",
                "The/DT UK/NNP/LOCATION paid/VBD ./."};
        List<Entity> e = entities(s);
        assertEquals(1, e.size(), e.toString());
        assertEquals(EntityType.LOCATION, e.get(0).type());
    }
}
