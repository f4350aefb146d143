package dateline.eval;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** MEANTIME's stand-off XML, on an invented document in its cross-document format. */
class MeantimeTest {
    private static final Path TINY = Path.of("src/test/resources/eval/meantime/tiny.xml");

    @Test
    void namedMentionsTakeTheirCorpusWideInstanceWhereAnnotated() throws Exception {
        GoldDocument doc = Meantime.read(TINY);
        assertEquals("Norvik Motors announced cuts .\n\nNorvik said it would visit Tarmo .", doc.text());
        assertEquals(List.of("Norvik Motors = ORGANIZATION", "Norvik = ORGANIZATION", "Tarmo = LOCATION"),
                doc.entities().stream().map(s -> doc.text().substring(s.start(), s.end()) + " = " + s.label()).toList());
        assertEquals(List.of("ORG111", "ORG111", "tiny.xml#21"), doc.chains(), "without an instance: this file's own");
        assertEquals(List.of("it"), doc.unscored().stream().map(s -> doc.text().substring(s.start(), s.end())).toList());
    }

    @Test
    void anEventMentionWithoutPredTakesItsEventsDescriptor() throws Exception {
        Meantime.WithEvents doc = Meantime.readWithEvents(TINY);
        assertEquals(List.of("announce", "say", "visit"), doc.events().stream().map(Meantime.GoldEvent::pred).toList());
        Meantime.GoldEvent announced = doc.events().get(0);
        String text = doc.gold().text();
        assertEquals("Norvik Motors", text.substring(announced.agent().start(), announced.agent().end()));
        assertEquals(List.of(false, false, true), doc.events().stream().map(Meantime.GoldEvent::future).toList());
    }
}
