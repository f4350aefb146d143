package dateline.store;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SnippetsTest {
    @Test
    void thePassageIsCutAroundTheWordInTheTextItself() {
        // Each dotted capital lower-cases to two chars, so a lower-cased copy's offsets run ahead of the text's.
        String text = "İ".repeat(500) + " The talks with Putin ended late. " + "x ".repeat(200);
        String snippet = Snippets.around(text, "putin");
        assertTrue(snippet.contains("talks with Putin ended"), snippet);
    }

    @Test
    void noMatchGivesTheOpening() {
        assertEquals("Kim arrived.", Snippets.around("Kim arrived.", "shoigu"));
    }
}
