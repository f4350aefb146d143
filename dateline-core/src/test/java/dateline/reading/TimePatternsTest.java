package dateline.reading;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The value rewrites and pattern finds that need no parse: fast, no models. */
class TimePatternsTest {
    /** SUTime's reading of {@code phrase} placed inside {@code text}, converted. */
    private static Timex convert(String text, String phrase, TimexType type, String sutimeValue) {
        int at = text.indexOf(phrase);
        return TimeMlValues.convert(new Timex(at, at + phrase.length(), phrase, type, sutimeValue), text);
    }

    private static String value(String text, String phrase, String sutimeValue) {
        return convert(text, phrase, TimexType.DATE, sutimeValue).value();
    }

    @Test
    void decadesAndCenturiesAsTimeMlWritesThem() {
        assertEquals("197", value("Prices soared in the late 1970s.", "1970s", "197X"));
        assertEquals("19", value("It shaped the 20th century.", "20th century", "19XX"));
        assertEquals("2019", value("It rained in 2019.", "2019", "2019"), "a year stays a year");
    }

    @Test
    void spansOfQuartersKeepTheQuarterAsUnit() {
        assertEquals("P2Q", value("Losses over the past two quarters hurt.", "the past two quarters", "P6M"));
        assertEquals("PXQ", value("It lost money for several quarters.", "several quarters", "PXM"));
        assertEquals("P6M", value("It lost money for six months.", "six months", "P6M"));
    }

    @Test
    void theYearAnAccountCoversIsASpan() {
        Timex t = convert("Revenue for the year ended March 31 rose.", "the year", TimexType.DATE, "2023");
        assertEquals("P1Y", t.value());
        assertEquals(TimexType.DURATION, t.type());
        assertEquals("2023", value("Revenue for the year rose.", "the year", "2023"));
    }

    @Test
    void spansCountedFromAnotherEventAreDurations() {
        assertEquals("P3D", value("The strike ended three days later.", "three days later", "2023-03-08"));
        assertEquals("PXD", value("A few days later, talks resumed.", "A few days later", "2023-03-08"));
        assertEquals("P1M", value("The season began about a month earlier than usual.", "about a month earlier",
                "2023-02"));
        assertEquals("2022", value("Sales rose from a year earlier.", "a year earlier", "2022"),
                "without a comparison, a year earlier is a year");
    }

    @Test
    void vagueRangesZonesPastUnitsAndDailyParts() {
        assertEquals("PXD", value("Talks go on over the next several days.", "the next several days",
                "2023-03-06/2023-03-09"));
        assertEquals("2023-03-09T17:00", value("The offer expires at 5 p.m. EST March 9.", "5 p.m. EST March 9",
                "2023-03-09T17:00-0500"));
        assertEquals("2022", value("Prices rose over the past year.", "the past year", "2023"));
        assertEquals("PAST_REF", value("The plant closed several years ago.", "several years ago", "2020"));
        assertEquals(TimexType.DATE, convert("He stayed there in the early 2000s.", "2000s", TimexType.SET, "200X").type(),
                "a decade is a date, whatever SUTime calls it");
        assertEquals("P10Y", value("Coal use will surge over the next decade.", "the next decade", "202X"));
        assertEquals("XXXX-XX-XXTMO", convert("She checks the air every morning.", "every morning", TimexType.SET,
                "TMO").value());
    }

    @Test
    void nullValuesAndOtherTextsPassUnchanged() {
        Timex t = new Timex(0, 6, "Monday", TimexType.DATE, null);
        assertSame(t, TimeMlValues.convert(t, "Monday it rained."));
        assertNull(TimeMlValues.convert(t, "Monday it rained.").value());
    }

    @Test
    void fractionalSpansReplaceSutimesUnit() {
        String text = "The talks lasted 5 1/2 hours, the war 2 1/2 years, the silence a minute and a half.";
        List<Timex> out = new ArrayList<>();
        ExtraTimes.overrides(text, LocalDate.of(2023, 3, 8), out);
        assertEquals(List.of("PT5H30M", "P2Y6M", "PT1M30S"), out.stream().map(Timex::value).toList());
        assertEquals("a minute and a half", out.get(2).text());
    }

    @Test
    void halvesOfAYearAndYearEndReplaceSutimesYear() {
        String text = "Sales rose in the last half of 1989 and in the first two quarters of 1990; by year's end, "
                + "and at year end, the second half of the decade looked brighter.";
        List<Timex> out = new ArrayList<>();
        ExtraTimes.overrides(text, LocalDate.of(1989, 11, 2), out);
        assertEquals(List.of("the last half of 1989=1989-H2", "the first two quarters of 1990=1990-H1",
                "year's end=1989-12-31", "year end=1989-12-31"), out.stream().map(t -> t.text() + "=" + t.value()).toList());
    }

    @Test
    void gapsSutimeLeaves() {
        String text = "Results are due in mid-November, after a slump that began in mid-1996. Fiscal 1989 sales "
                + "fell. The deal closes by year-end. He spoke Sunday night. Since the nineties, and in the early "
                + "twenties, in his sixties. Cars of the 70s and 80s; a man in his 70s. In the near term, a single-day "
                + "fall and a decades-long feud.";
        List<Timex> out = new ArrayList<>();
        ExtraTimes.gaps(text, LocalDate.of(2023, 3, 8), out);
        assertEquals(List.of("mid-November=2023-11", "mid-1996=1996", "Fiscal 1989=1989", "year-end=2023-12-31",
                "the nineties=199", "the early twenties=202", "70s=197", "80s=198", "the near term=FUTURE_REF",
                "single-day=P1D", "decades-long=PXY", "Sunday night=2023-03-12TNI"),
                out.stream().map(t -> t.text() + "=" + t.value()).toList());
    }

    @Test
    void mergesSutimeCannotValueAreSplitBack() {
        LocalDate published = LocalDate.of(2023, 3, 8);
        String text = "Jobs grew in the first nine months of 2022. She testified for more than four hours Friday. "
                + "Shipments resume within two to three weeks.";
        List<String> parts = new ArrayList<>();
        for (String merged : List.of("the first nine months of 2022", "more than four hours Friday",
                "two to three weeks")) {
            int at = text.indexOf(merged);
            for (Timex t : Composites.split(new Timex(at, at + merged.length(), merged, TimexType.DATE, null), published)) {
                assertEquals(t.text(), text.substring(t.start(), t.end()), "offsets into the article");
                parts.add(t.text() + "=" + t.value());
            }
        }
        assertEquals(List.of("the first nine months=P9M", "2022=2022", "more than four hours=PT4H",
                "Friday=2023-03-10", "two to three weeks=P2W"), parts);
    }

    @Test
    void holidaysByTheirRules() {
        LocalDate january = LocalDate.of(2000, 1, 7);
        var thanksgiving = java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(4, java.time.DayOfWeek.THURSDAY);
        assertEquals(LocalDate.of(1999, 11, 25),
                Holidays.resolve(y -> LocalDate.of(y, 11, 1).with(thanksgiving), january, Tense.PAST));
        assertEquals(LocalDate.of(2000, 11, 23),
                Holidays.resolve(y -> LocalDate.of(y, 11, 1).with(thanksgiving), january, Tense.FUTURE));
    }

    @Test
    void storyTimeCountsFromTheLastStatedDate() {
        String text = "The company was founded in 1995. The following year it went public, and later that year "
                + "it bought a rival.";
        int y = text.indexOf("1995");
        List<Timex> times = List.of(new Timex(y, y + 4, "1995", TimexType.DATE, "1995"),
                new Timex(text.indexOf("year it"), text.indexOf("year it") + 4, "year", TimexType.DURATION, "P1Y"));
        List<Timex> out = Discourse.anchor(text, times);
        assertEquals(List.of("1995=1995", "The following year=1996", "later that year=1996"),
                out.stream().map(t -> t.text() + "=" + t.value()).toList());
    }
}
