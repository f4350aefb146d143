package dateline.reading;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Who says a quote, on hand-tagged sentences (no CoreNLP): the person a speaker's noun phrase names. */
class QuoteRulesTest {
    private static List<String> speakers(Fixture f) {
        Reading r = new QuoteAttributor().attribute(f.reading(LocalDate.of(2031, 3, 5)));
        return r.quotes().stream().map(Quote::speaker).toList();
    }

    @Test
    void aPersonNamedAfterTheBodyTheyServeSaysTheQuote() {
        Fixture f = new Fixture()
                .sentence(lemmas("“/`` The/DT bridges/NNS will/MD open/VB in/IN May/NNP ,/, ”/'' said/VBD Port/NNP "
                        + "Authority/NNP director/NN Lena/NNP Brandt/NNP ./."))
                .entity("e1", "Port Authority", EntityType.ORGANIZATION, null, "Port Authority")
                .entity("e2", "Lena Brandt", EntityType.PERSON, null, "Lena Brandt");
        assertEquals(List.of("e2"), speakers(f));
    }

    @Test
    void aBodyWithNoPersonAfterItSaysItItself() {
        Fixture f = new Fixture()
                .sentence(lemmas("“/`` We/PRP have/VBP asked/VBN for/IN more/JJR trucks/NNS ,/, ”/'' said/VBD the/DT Red/NNP "
                        + "Cross/NNP ,/, which/WDT runs/VBZ the/DT camp/NN for/IN Omar/NNP Said/NNP ./."))
                .entity("e1", "Red Cross", EntityType.ORGANIZATION, null, "Red Cross")
                .entity("e2", "Omar Said", EntityType.PERSON, null, "Omar Said");
        assertEquals(List.of("e1"), speakers(f), "the person is past the comma, not in the phrase");
    }

    @Test
    void thePersonAnAppositiveDescribesSaysTheQuote() {
        Fixture f = new Fixture()
                .sentence(lemmas("Omar/NNP Said/NNP ,/, a/DT spokesman/NN for/IN the/DT Transport/NNP Ministry/NNP ,/, said/VBD "
                        + ":/: “/`` The/DT line/NN reopens/VBZ on/IN Friday/NNP ./. ”/''"))
                .paragraph()
                .sentence(lemmas("The/DT Transport/NNP Ministry/NNP said/VBD :/: “/`` The/DT line/NN reopens/VBZ on/IN "
                        + "Friday/NNP morning/NN ./. ”/''"))
                .entity("e1", "Omar Said", EntityType.PERSON, null, "Omar Said")
                .entity("e2", "Transport Ministry", EntityType.ORGANIZATION, null, "Transport Ministry");
        assertEquals(List.of("e1", "e2"), speakers(f), "with no appositive, the body is the speaker");
    }

    @Test
    void aNameInAppositionSaysTheQuoteAndTheOfficeItHoldsDoesNot() {
        Fixture f = new Fixture()
                .sentence(lemmas("“/`` We/PRP reached/VBD the/DT port/NN at/IN dawn/NN ,/, ”/'' the/DT spokesman/NN "
                        + "for/IN the/DT governor/NN ,/, Ivo/NNP Marr/NNP ,/, said/VBD ./."))
                .paragraph()
                .sentence(lemmas("Ivo/NNP Marr/NNP ,/, a/DT spokesman/NN for/IN Governor/NNP Lena/NNP Brandt/NNP ,/, "
                        + "said/VBD :/: “/`` The/DT road/NN is/VBZ open/JJ again/RB ./. ”/''"))
                .paragraph()
                .sentence(lemmas("“/`` Nobody/NN was/VBD hurt/VBN in/IN the/DT fire/NN ,/, ”/'' said/VBD Capt./NNP "
                        + "Omar/NNP Said/NNP ,/, who/WP led/VBD the/DT crew/NN ./."))
                .entity("e1", "Lena Brandt", EntityType.PERSON, null, "Lena Brandt", "the governor")
                .entity("e2", "Ivo Marr", EntityType.PERSON, null, "Ivo Marr")
                .entity("e3", "Omar Said", EntityType.PERSON, null, "Omar Said");
        assertEquals(List.of("e2", "e2", "e3"), speakers(f));
    }

    /** Tagged tokens {@code word/POS}, lemma the lower-case word but for "said", whose lemma is "say". */
    private static String lemmas(String tagged) {
        StringBuilder out = new StringBuilder();
        for (String item : tagged.trim().split("\\s+")) {
            String[] f = item.split("/");
            String lemma = f[0].equals("said") ? "say" : f[0].toLowerCase(java.util.Locale.ROOT);
            out.append(f[0]).append('/').append(lemma).append('/').append(f[1]).append("/_ ");
        }
        return out.toString();
    }
}
