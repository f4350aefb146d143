package dateline.reading;

import dateline.article.Article;
import dateline.article.PublishedDate;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Times in news sentences, read with the models (shared with the other reading tests) and anchored by tense. */
class NewsTimesTest {
    private static Reading read(String text, LocalDate published) {
        return SharedReader.get().read(new Article("test", null, PublishedDate.ofDate(published, "given"), null, null,
                List.of(), "en", null, null, text, List.of()));
    }

    private static String value(Reading r, String text) {
        return r.times().stream().filter(t -> t.text().equals(text)).findFirst().map(Timex::value)
                .orElseThrow(() -> new AssertionError("no time " + text + " in " + r.times()));
    }

    /** Wednesday. */
    private static final LocalDate MARCH_8 = LocalDate.of(2023, 3, 8);

    @Test
    void untilLooksForwardOnlyOutsideThePast() {
        Reading r = read("Until Tuesday, the ministry had refused to comment. The vote was postponed until Friday.",
                MARCH_8);
        assertEquals("2023-03-07", value(r, "Tuesday"), "past perfect: the Tuesday just gone");
        assertEquals("2023-03-10", value(r, "Friday"), "postponed: a day still to come");
        Reading kept = read("The government has kept all stock markets closed until Friday.", MARCH_8);
        assertEquals("2023-03-10", value(kept, "Friday"), "present perfect: the closure reaches on");
    }

    @Test
    void aWeekdayToComeMayBeTodayButNextIsNot() {
        Reading r = read("The plane is set to land on Wednesday. The board meets next Wednesday.", MARCH_8);
        List<Timex> days = r.times();
        assertEquals("2023-03-08", days.get(0).value(), days.toString());
        assertEquals("2023-03-15", days.get(1).value(), days.toString());
    }

    @Test
    void aPossessiveWeekdayHasHappened() {
        Reading r = read("The union will respond to Monday's offer next week.", MARCH_8);
        assertEquals("2023-03-06", value(r, "Monday"));
    }

    @Test
    void monthsFollowTheirClause() {
        Reading r = read("The plant closed in December. The company agreed to buy a rival mill in January.",
                LocalDate.of(2023, 11, 2));
        assertEquals("2022-12", value(r, "December"), "past: the December before");
        assertEquals("2024-01", value(r, "January"), "set up by a past decision: the nearest January");
        Reading day = read("The doctor was shot dead last Oct. 23 at his home.", MARCH_8);
        assertEquals("2022-10-23", day.times().get(0).value(), day.times().toString());
    }

    @Test
    void agoKeepsTheGranularityOfItsUnit() {
        Reading r = read("The talks began six weeks ago. The mill closed two months ago. The war ended 41 years ago.",
                MARCH_8);
        assertEquals("2023-W04", value(r, "six weeks ago"), "the ISO week holding January 25");
        assertEquals("2023-01", value(r, "two months ago"));
        assertEquals("1982", value(r, "41 years ago"));
    }

    @Test
    void aWeekdayBeforeAnOrdinalIsTheWeekday() {
        Reading r = read("Apple announced on Tuesday the first generation of its new laptops.", MARCH_8);
        assertEquals(1, r.times().size(), r.times().toString());
        assertEquals("2023-03-07", value(r, "Tuesday"));
    }

    @Test
    void universalTimeKeepsItsZ() {
        Reading r = read("Trading was halted at 16:15 UTC.", MARCH_8);
        assertEquals("2023-03-08T16:15Z", r.times().get(0).value(), r.times().toString());
    }

    @Test
    void theVerbMayAndAFallInPricesAreNoTimes() {
        Reading r = read("Shares fell and this may continue, as prices fall. The new models ship this fall. Thousands "
                + "joined this march on the capital.", MARCH_8);
        assertEquals(1, r.times().size(), r.times().toString());
        assertEquals("this fall", r.times().get(0).text());
    }

    @Test
    void aDateAndASpanAfterItAreTwoExpressions() {
        Reading r = read("The tour will now start on November 11, three days later than originally planned.", MARCH_8);
        assertEquals("2023-11-11", value(r, "November 11"));
        assertEquals("P3D", value(r, "three days"));
    }

    @Test
    void pluralWeekdaysRecur() {
        Reading r = read("The market opens on Sundays, and the show airs Tuesday nights.", MARCH_8);
        Timex sundays = r.times().stream().filter(t -> t.text().contains("Sundays")).findFirst().orElseThrow();
        assertEquals(TimexType.SET, sundays.type());
        assertEquals("XXXX-WXX-7", sundays.value());
        assertEquals("XXXX-WXX-2TNI", value(r, "Tuesday nights"));
    }

    @Test
    void vagueSpansCountAnUnknownNumberOfTheirUnit() {
        Reading r = read("Prices will rise in the coming years, and the next several days will be hard.", MARCH_8);
        assertEquals("PXY", value(r, "the coming years"));
        assertEquals("PXD", value(r, "the next several days"));
        Reading more = read("The strike could last two more weeks, and the lease runs for 20 more years.", MARCH_8);
        assertEquals("P2W", value(more, "two more weeks"));
        assertEquals("P20Y", value(more, "20 more years"));
        Reading run = read("Shares fell for six straight days before the suite iLife '11 came out.", LocalDate.of(2010, 10, 23));
        assertEquals("P6D", value(run, "six straight days"));
        assertEquals("2011", value(run, "'11"));
    }

    @Test
    void resultsReferBackToTheQuarterNamed() {
        Reading r = read("Acme Corp. said third-quarter net income rose 12% to $40 million from $35.7 million a year "
                + "ago. Sales in the quarter rose 5%. The 2021 second quarter had been weaker.", LocalDate.of(2023, 10, 25));
        assertEquals("2023-Q3", value(r, "third-quarter"));
        assertEquals("2022-Q3", value(r, "a year ago"));
        assertEquals("2023-Q3", value(r, "the quarter"));
        assertEquals("2021-Q2", value(r, "The 2021 second quarter"));
    }

    @Test
    void nineMonthsAreComparedWithTheYearBefore() {
        Reading r = read("Acme Corp. said third-quarter net rose to $40 million from $35.7 million a year earlier. "
                + "For the nine months, net was $90 million, against $80 million a year earlier.", LocalDate.of(2023, 10, 25));
        List<Timex> earlier = r.times().stream().filter(t -> t.text().equals("a year earlier")).toList();
        assertEquals(2, earlier.size(), r.times().toString());
        assertEquals("2022-Q3", earlier.get(0).value(), "the quarter's comparison");
        assertEquals("2022", earlier.get(1).value(), "nine months against the same months of the year before");
    }

    @Test
    void ratesNamesAndFractionsAreNoTimes() {
        Reading r = read("Shops sold 500 radios a week, and Foreign Minister Jan Novak said about three-quarters of "
                + "them went abroad. A second shipment cost $55 a night to store. A second A380 flew to Chicago. "
                + "Agents scanned the crowd of protesters at the annual March for Life on Capitol Hill. The minister, "
                + "speaking on the news program \"This Week,\" said the group had started a series of largely "
                + "unsuccessful \"Spring of Life\" demonstrations intended to close clinics.", MARCH_8);
        assertTrue(r.times().isEmpty(), r.times().toString());
    }

    @Test
    void clockReadingsAndTitlesAreNoYearsOrDurations() {
        Reading r = read("The blast occurred at about 10:35 a.m. (0735 GMT) on Friday, the anchor of CBS's 60 Minutes "
                + "said.", MARCH_8);
        assertTrue(r.times().stream().noneMatch(t -> t.text().contains("0735") || t.text().contains("Minutes")),
                r.times().toString());
        assertEquals("2023-03-03", value(r, "Friday"));
        assertEquals("2023-03-03T10:35", value(r, "about 10:35 a.m."), "the clock time is on the day written after it");
    }

    @Test
    void holidaysAndWeekendsByTense() {
        Reading r = read("The boy was rescued at sea on Thanksgiving Day.", LocalDate.of(2000, 1, 7));
        assertEquals("1999-11-25", value(r, "Thanksgiving Day"));
        Reading monday = read("Thousands of protesters marched through the capital over the weekend.",
                LocalDate.of(2023, 3, 6));
        assertEquals("2023-W09-WE", monday.times().get(0).value(), monday.times().toString());
    }

    @Test
    void lastWeekdayWeeksOfADayAndDaysBeforeTheStorysOwn() {
        Reading r = read("The strike began last Monday. Talks resume the week of March 20. Shares fell on Friday, "
                + "Jan. 13, 2023, after a rise the previous Friday.", MARCH_8);
        assertEquals("2023-03-06", value(r, "last Monday"), "the latest Monday, two days back, not the week before's");
        assertEquals("2023-W12", value(r, "the week of March 20"));
        assertEquals("2023-01-06", value(r, "the previous Friday"), "the Friday before the day last named");
    }

    @Test
    void whatOneTriedToDoHappenedThenButWhatOneAgreedToDoMayLieAhead() {
        LocalDate november20 = LocalDate.of(2019, 11, 20);
        Reading r = read("From there, I tried to enter California on May 16 but was caught by police. The government "
                + "agreed to buy the bank in January.", november20);
        assertEquals("2019-05-16", value(r, "May 16"), "the attempt was made in May, not next May");
        assertEquals("2020-01", value(r, "January"), "a purchase agreed may still be to come: the nearest January");
    }

    @Test
    void aModalLeftInTheVerbsPlaceStillLooksAheadAndLocalTimeStandsBeforeTheDay() {
        Reading r = read("The series ended close to 2 a.m. local time (0100 GMT) on Monday. Spain will be back in action "
                + "on Friday against defending champion Croatia.", MARCH_8);
        assertEquals("2023-03-06T02:00", value(r, "2 a.m."), "the clock time is on the Monday written after it");
        assertEquals("2023-03-10", value(r, "Friday"), "the parser hangs 'will' off 'Spain', yet the clause is future");
    }

    @Test
    void aDayNamedAsWhatSomethingIsLiesAheadOrBehindByTheCopula() {
        Reading r = read("The launch day is Friday, sort of. The vote was Monday.", MARCH_8);
        assertEquals("2023-03-10", value(r, "Friday"));
        assertEquals("2023-03-06", value(r, "Monday"));
    }

    @Test
    void theFollowingMorningCountsFromAClockTimesDay() {
        Reading r = read("Epstein was left alone in his cell at 10:30 p.m. Aug. 9. He was found dead the following "
                + "morning.", LocalDate.of(2019, 11, 19));
        assertEquals("2019-08-10", value(r, "the following morning"));
    }

    @Test
    void aSecondDayAfterAMonthAndDayIsADateOfItsOwn() {
        Reading r = read("The summit will be held on April 24 and 25 in Washington. Prices fell on Oct. 12 and 13 "
                + "percent of the shares rose. On June 5 and 3 others were hurt.", MARCH_8);
        assertEquals("2023-04-25", value(r, "25"));
        assertTrue(r.times().stream().noneMatch(t -> t.text().equals("13") || t.text().equals("3")), r.times().toString());
    }
}
