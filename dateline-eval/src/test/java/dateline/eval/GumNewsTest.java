package dateline.eval;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GumNewsTest {
    @Test
    void rebuildsTextAndKeepsOnlyNamedMentionsOfScoredTypes() throws Exception {
        GoldDocument doc = GumNews.read(Path.of("src/test/resources/eval/tiny.conllu"));
        assertEquals("Kim visited DAB's plant.\nHe left.", doc.text());
        assertEquals(LocalDate.of(2023, 9, 17), doc.dct());
        // "DAB's plant" is headed by a common noun and "He" is a pronoun: both unscored.
        assertEquals(List.of(new GoldSpan(0, 3, "PERSON"), new GoldSpan(12, 17, "ORGANIZATION")), doc.entities());
        assertEquals(List.of("1", "2"), doc.chains());
        assertEquals(List.of("DAB's plant", "He"),
                doc.unscored().stream().map(s -> doc.text().substring(s.start(), s.end())).toList());
    }
}
