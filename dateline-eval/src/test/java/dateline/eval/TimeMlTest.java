package dateline.eval;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TimeMlTest {
    private static final Path TINY = Path.of("src/test/resources/eval/timeml/tiny.tml");

    @Test
    void readsTextDateAndTimeSpansByCharacterOffset() throws Exception {
        GoldDocument doc = TimeMl.read(TINY);
        assertEquals(LocalDate.of(2000, 2, 16), doc.dct());
        assertEquals("The board met Monday and will meet again next week.", doc.text());
        GoldSpan monday = doc.times().get(0);
        assertEquals("Monday", doc.text().substring(monday.start(), monday.end()));
        assertEquals("2000-02-14", monday.label());
    }

    @Test
    void aOneDigitWeekIsReadAsTheSameIsoWeek() throws Exception {
        GoldSpan week = TimeMl.read(TINY).times().get(1);
        assertEquals("2000-W08", week.label());
        assertEquals("1998-W12-WE", TimeMl.canonical("1998-W12-WE"));
        assertEquals("1998-W02-WE", TimeMl.canonical("1998-W2-WE"));
    }
}
