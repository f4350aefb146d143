package dateline.reading;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageTest {
    @Test
    void englishProseLooksEnglish() {
        assertTrue(Language.looksEnglish("The president said on Monday that the talks with the union were over and "
                + "that he was ready to sign the agreement."));
    }

    @Test
    void otherLanguagesDoNot() {
        assertFalse(Language.looksEnglish("Der Präsident sagte am Montag, die Gespräche mit der Gewerkschaft seien "
                + "beendet und er sei bereit, die Vereinbarung zu unterzeichnen."));
        assertFalse(Language.looksEnglish("Le président a déclaré lundi que les négociations avec le syndicat étaient "
                + "terminées et qu'il était prêt à signer l'accord."));
    }

    @Test
    void quotesPairWithinParagraphs() {
        String text = "\"We are ready,\" she said. \u201CNo,\u201D he replied.\n\n\"Unclosed\n\n\"Closed\" ``Wire,'' he said.";
        List<QuoteAttributor.Marks> q = QuoteAttributor.quoteSpans(text);
        assertEquals(4, q.size());
        assertEquals("\"We are ready,\"", text.substring(q.get(0).start(), q.get(0).end()));
        assertEquals("We are ready,", text.substring(q.get(0).innerStart(), q.get(0).innerEnd()));
        assertEquals("\u201CNo,\u201D", text.substring(q.get(1).start(), q.get(1).end()));
        int closed = text.lastIndexOf("\"Closed");
        assertEquals(new QuoteAttributor.Marks(closed, closed + 8, closed + 1, closed + 7), q.get(2));
        assertEquals("Wire,", text.substring(q.get(3).innerStart(), q.get(3).innerEnd()), "the typewriter pair of wire copy");
    }
}
