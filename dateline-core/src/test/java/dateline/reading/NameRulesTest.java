package dateline.reading;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The name rules one by one, on sentences tagged by hand: no CoreNLP is loaded. */
class NameRulesTest {
    private static final LocalDate DAY = LocalDate.of(2024, 5, 6);

    private static List<String> names(Lexicon lexicon, String... sentences) {
        Fixture f = new Fixture();
        for (String s : sentences) {
            f.tagged(s);
        }
        MentionScanner scanner = new MentionScanner(lexicon, new Titles(lexicon));
        return scanner.scan(f.reading(DAY)).stream().map(m -> m.text() + ":" + m.type()).toList();
    }

    private static List<String> names(String... sentences) {
        return names(Lexicon.standard(), sentences);
    }

    @Test
    void aFacilityNounAfterANameMakesItAFacility() {
        assertEquals(List.of("Orlovka airport:FACILITY"),
                names("They/PRP landed/VBD at/IN the/DT Orlovka/NNP/PERSON airport/NN ./."));
    }

    @Test
    void aNewFacilityNounIsOneWordInAList() {
        String sentence = "Trucks/NNS left/VBD the/DT Orlovka/NNP/LOCATION depot/NN ./.";
        assertEquals(List.of("Orlovka:LOCATION"), names(sentence));
        Set<String> heads = new HashSet<>(Lexicon.standard().words("facility-heads"));
        heads.add("depot");
        assertEquals(List.of("Orlovka depot:FACILITY"), names(Lexicon.standard().with("facility-heads", heads), sentence));
    }

    @Test
    void aModelNumberIsAProductWhateverTheTaggerSaid() {
        assertEquals(List.of("Ka-52:PRODUCT"), names("Crews/NNS flew/VBD a/DT Ka-52/NN ./."));
    }

    @Test
    void aTimeZoneAfterAClockTimeIsNoBody() {
        assertEquals(List.of(), names("It/PRP began/VBD at/IN 09:30/CD/TIME UTC/NNP/ORGANIZATION ./."));
    }

    @Test
    void anHonorificMakesAPersonOfABody() {
        assertEquals(List.of("Brandt:PERSON"), names("Mr/NNP Brandt/NNP/ORGANIZATION agreed/VBD ./."));
    }

    @Test
    void aNameCitedAsASourceIsAnOutlet() {
        assertEquals(List.of("Nordpress:ORGANIZATION"),
                names("The/DT talks/NNS ended/VBD ,/, according/VBG to/TO Nordpress/NNP ./."));
    }

    @Test
    void aOneWordPersonAfterAPlacePrepositionIsAPlace() {
        assertEquals(List.of("Velmora:LOCATION"), names("She/PRP stayed/VBD in/IN Velmora/NNP/PERSON ./."));
    }

    @Test
    void namesAfterNearAreOnePlace() {
        assertEquals(List.of("Tal Haddad:LOCATION"),
                names("Shells/NNS fell/VBD near/IN Tal/NNP Haddad/NNP/PERSON ./."));
    }

    @Test
    void aForumIsAnEvent() {
        assertEquals(List.of("Velmora Forum:EVENT"),
                names("He/PRP spoke/VBD at/IN the/DT Velmora/NNP/ORGANIZATION Forum/NNP/ORGANIZATION ./."));
    }

    @Test
    void aTitleIsAMentionOfItsOwnBeforeTheHoldersName() {
        assertEquals(List.of("Foreign Secretary:PERSON", "Ann Cole:PERSON"),
                names("Foreign/NNP Secretary/NNP Ann/NNP/PERSON Cole/NNP/PERSON arrived/VBD ./."));
    }

    @Test
    void anUntaggedAcronymIsAnOrganisation() {
        assertEquals(List.of("KRTF:ORGANIZATION"), names("Funds/NNS from/IN the/DT KRTF/NNP arrived/VBD ./."));
    }

    @Test
    void aShipsPrefixOpensAProductsName() {
        assertEquals(List.of("HMS Valiant:PRODUCT"), names("HMS/NNP Valiant/NNP/PERSON sailed/VBD ./."));
    }

    @Test
    void aLoneNationalityNamesNothing() {
        assertEquals(List.of(), names("The/DT Ruritanian/JJ/MISC navy/NN sailed/VBD ./."));
    }

    @Test
    void aNameSpeltByAnAcronymTheTextUsesIsOneOrganisation() {
        assertEquals(List.of("Northern Relief Fund:ORGANIZATION", "NRF:ORGANIZATION"),
                names("The/DT Northern/NNP/LOCATION Relief/NNP Fund/NNP paid/VBD ./.",
                        "The/DT NRF/NNP paid/VBD again/RB ./."));
    }
}
