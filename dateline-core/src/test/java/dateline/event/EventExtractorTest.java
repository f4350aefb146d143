package dateline.event;

import dateline.reading.EntityType;
import dateline.reading.Fixture;
import dateline.reading.Reading;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dateline.reading.Fixture.geo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventExtractorTest {
    private static final LocalDate SUNDAY = LocalDate.of(2023, 9, 17);
    private final EventExtractor extractor = new EventExtractor();

    private static Event only(List<Event> events, EventType type) {
        List<Event> of = events.stream().filter(e -> e.type() == type).toList();
        assertEquals(1, of.size(), "events of type " + type + " in " + events);
        return of.get(0);
    }

    @Test
    void agentPlaceAndTimeFromTheParse() {
        Reading r = new Fixture()
                .sentence("On/on/IN/1:case Friday/Friday/NNP/4:obl ,/,/,/4:punct Kim/Kim/NNP/4:nsubj "
                        + "visited/visit/VBD/-1:root Vladivostok/Vladivostok/NNP/4:obj ./././4:punct")
                .entity("e1", "Kim Jong Un", EntityType.PERSON, null, "Kim")
                .entity("e2", "Vladivostok", EntityType.LOCATION, geo(43.1, 131.9), "Vladivostok")
                .time("Friday", "2023-09-15")
                .reading(SUNDAY);
        Event visit = only(extractor.extract(r), EventType.VISIT);
        assertEquals("e1", visit.agent());
        assertEquals("e2", visit.place());
        assertEquals("2023-09-15", visit.time());
        assertEquals(Precision.DAY, visit.timePrecision());
        assertEquals(Event.Polarity.POSITIVE, visit.polarity());
        assertEquals(Event.Status.HAPPENED, visit.status());
        assertEquals("On Friday, Kim visited Vladivostok.", visit.text());
    }

    @Test
    void aStatementAfterAQuoteIsTheQuotedSpeakers() {
        // The parser reads the inverted subject as an object: "said -obj-> president".
        Reading r = new Fixture()
                .sentence("\"/\"/``/5:punct Sales/sale/NNS/2:nsubj rose/rise/VBD/5:ccomp ,/,/,/5:punct "
                        + "\"/\"/''/5:punct said/say/VBD/-1:root the/the/DT/8:det vice/vice/NN/8:compound "
                        + "president/president/NN/5:obj Jim/Jim/NNP/10:compound Press/Press/NNP/8:appos ./././5:punct")
                .entity("e1", "Jim Press", EntityType.PERSON, null, "Jim Press")
                .quote("Sales rose,", "e1")
                .reading(SUNDAY);
        assertEquals("e1", only(extractor.extract(r), EventType.STATEMENT).agent());
    }

    @Test
    void whoIsQuotedAsSayingSpeaksAndWhoQuotesIsTheSource() {
        Reading r = new Fixture()
                .sentence("TASS/TASS/NNP/1:nsubj quoted/quote/VBD/-1:root Peskov/Peskov/NNP/1:obj as/as/IN/4:case "
                        + "saying/say/VBG/1:advcl that/that/IN/8:mark the/the/DT/7:det talks/talk/NNS/8:nsubj "
                        + "went/go/VBD/4:ccomp well/well/RB/8:advmod ./././1:punct")
                .entity("e1", "TASS", EntityType.ORGANIZATION, null, "TASS")
                .entity("e2", "Dmitry Peskov", EntityType.PERSON, null, "Peskov")
                .reading(SUNDAY);
        Event said = only(extractor.extract(r), EventType.STATEMENT);
        assertEquals("e2", said.agent());
        assertEquals(List.of("e1"), said.sources());
    }

    @Test
    void aBodyOwnedBySomeoneSpeaksForThem() {
        Reading r = new Fixture()
                .sentence("Obama/Obama/NNP/2:nmod:poss 's/'s/POS/0:case administration/administration/NN/3:nsubj "
                        + "said/say/VBD/-1:root it/it/PRP/6:nsubj would/would/MD/6:aux help/help/VB/3:ccomp "
                        + "./././3:punct")
                .entity("e1", "Barack Obama", EntityType.PERSON, null, "Obama")
                .reading(SUNDAY);
        assertEquals("e1", only(extractor.extract(r), EventType.STATEMENT).agent());
    }

    @Test
    void negationMakesANegativeClaimWithItsSources() {
        Reading r = new Fixture()
                .sentence("Peskov/Peskov/NNP/1:nsubj stated/state/VBD/-1:root that/that/IN/9:mark "
                        + "Russia/Russia/NNP/9:nsubj and/and/CC/6:cc North/North/NNP/6:compound Korea/Korea/NNP/3:conj "
                        + "did/do/VBD/9:aux not/not/RB/9:advmod sign/sign/VB/1:ccomp any/any/DT/11:det "
                        + "agreements/agreement/NNS/9:obj ./././1:punct")
                .entity("e1", "Dmitry Peskov", EntityType.PERSON, null, "Peskov")
                .entity("e2", "Russia", EntityType.LOCATION, geo(55.7, 37.6), "Russia")
                .entity("e3", "North Korea", EntityType.LOCATION, geo(39.0, 125.7), "North Korea")
                .attribution("Russia and North Korea did not sign any agreements", "e1")
                .reading(SUNDAY);
        List<Event> events = extractor.extract(r);
        Event sign = only(events, EventType.SIGN);
        assertEquals(Event.Polarity.NEGATIVE, sign.polarity());
        assertEquals("e2", sign.agent());
        assertEquals(List.of("e3"), sign.with());
        assertEquals(List.of("e1"), sign.sources());
        Event statement = only(events, EventType.STATEMENT);
        assertEquals("e1", statement.agent());
        assertEquals(Event.Polarity.POSITIVE, statement.polarity());
    }

    @Test
    void futureAndPlansAreNeverHappened() {
        Reading r = new Fixture()
                .sentence("Putin/Putin/NNP/2:nsubj will/will/MD/2:aux visit/visit/VB/-1:root "
                        + "Pyongyang/Pyongyang/NNP/2:obj ./././2:punct")
                .sentence("Kim/Kim/NNP/1:nsubj plans/plan/VBZ/-1:root to/to/TO/3:mark visit/visit/VB/1:xcomp "
                        + "Moscow/Moscow/NNP/3:obj ./././1:punct")
                .sentence("The/the/DT/1:det treaty/treaty/NN/4:nsubj:pass is/be/VBZ/4:aux:pass "
                        + "expected/expect/VBN/4:aux:pass to/to/TO/5:mark sign/sign/VB/-1:root ./././5:punct")
                .entity("e1", "Vladimir Putin", EntityType.PERSON, null, "Putin")
                .entity("e2", "Pyongyang", EntityType.LOCATION, geo(39.0, 125.7), "Pyongyang")
                .entity("e3", "Kim Jong Un", EntityType.PERSON, null, "Kim")
                .entity("e4", "Moscow", EntityType.LOCATION, geo(55.7, 37.6), "Moscow")
                .reading(SUNDAY);
        List<Event> visits = extractor.extract(r).stream().filter(e -> e.type() == EventType.VISIT).toList();
        assertEquals(2, visits.size());
        assertEquals("e1", visits.get(0).agent());
        assertEquals("e2", visits.get(0).place());
        assertEquals(Event.Status.PLANNED, visits.get(0).status());
        assertEquals("e3", visits.get(1).agent());
        assertEquals("e4", visits.get(1).place());
        assertEquals(Event.Status.PLANNED, visits.get(1).status());
    }

    @Test
    void aTimeCarriesToTheNextPastEventOfTheParagraphOnly() {
        Reading r = new Fixture()
                .sentence("Kim/Kim/NNP/1:nsubj arrived/arrive/VBD/-1:root in/in/IN/3:case Primorye/Primorye/NNP/1:obl "
                        + "early/early/RB/1:advmod on/on/IN/6:case Saturday/Saturday/NNP/4:obl ./././1:punct")
                .sentence("He/he/PRP/1:nsubj visited/visit/VBD/-1:root the/the/DT/4:det Knevichi/Knevichi/NNP/4:compound "
                        + "airport/airport/NN/1:obj where/where/WRB/8:advmod he/he/PRP/8:nsubj:pass "
                        + "was/be/VBD/8:aux:pass met/meet/VBN/4:acl:relcl by/by/IN/11:case Sergey/Sergey/NNP/11:compound "
                        + "Shoigu/Shoigu/NNP/8:obl ./././1:punct")
                .paragraph()
                .sentence("Kim/Kim/NNP/1:nsubj visited/visit/VBD/-1:root Vladivostok/Vladivostok/NNP/1:obj ./././1:punct")
                .entity("e1", "Kim Jong Un", EntityType.PERSON, null, "Kim", "He", "he")
                .entity("e2", "Primorsky Krai", EntityType.LOCATION, geo(43.1, 131.9), "Primorye")
                .entity("e3", "Knevichi airport", EntityType.FACILITY, geo(43.4, 132.15), "Knevichi airport")
                .entity("e4", "Sergey Shoigu", EntityType.PERSON, null, "Sergey Shoigu")
                .entity("e5", "Vladivostok", EntityType.LOCATION, geo(43.1, 131.9), "Vladivostok")
                .time("early on Saturday", "2023-09-16")
                .reading(SUNDAY);
        List<Event> events = extractor.extract(r);
        Event arrive = only(events, EventType.ARRIVE);
        assertEquals("e2", arrive.place());
        assertEquals("2023-09-16", arrive.time());
        Event meet = only(events, EventType.MEET);
        assertEquals("e1", meet.agent());
        assertEquals(List.of("e4"), meet.with());
        assertEquals("e3", meet.place());
        assertEquals("2023-09-16", meet.time());
        List<Event> visits = events.stream().filter(e -> e.type() == EventType.VISIT).toList();
        assertEquals("e3", visits.get(0).place());
        assertEquals("2023-09-16", visits.get(0).time());
        assertEquals("e5", visits.get(1).place());
        assertNull(visits.get(1).time(), "a new paragraph starts without a carried time");
    }

    @Test
    void leavingHappensWhereOneLeavesNotWhereOneHeads() {
        Reading r = new Fixture()
                .sentence("Kim/Kim/NNP/2:nsubj has/have/VBZ/2:aux left/leave/VBN/-1:root the/the/DT/4:det "
                        + "station/station/NN/2:obj Artyom-Primorsky/Artyom-Primorsky/NNP/4:dep 1/1/CD/5:nummod "
                        + "in/in/IN/8:case Primorye/Primorye/NNP/4:nmod in/in/IN/11:case the/the/DT/11:det "
                        + "direction/direction/NN/2:obl of/of/IN/13:case Khasan/Khasan/NNP/11:nmod ./././2:punct")
                .entity("e1", "Kim Jong Un", EntityType.PERSON, null, "Kim")
                .entity("e2", "Artyom-Primorsky 1", EntityType.FACILITY, geo(43.35, 132.19), "Artyom-Primorsky 1")
                .entity("e3", "Primorsky Krai", EntityType.LOCATION, geo(43.1, 131.9), "Primorye")
                .entity("e4", "Khasan", EntityType.LOCATION, geo(42.4, 130.6), "Khasan")
                .reading(SUNDAY);
        Event depart = only(extractor.extract(r), EventType.DEPART);
        assertEquals("e1", depart.agent());
        assertEquals("e2", depart.place());
        assertEquals(Event.Status.HAPPENED, depart.status());
    }

    @Test
    void conjoinedSubjectsHoldTalksTogether() {
        Reading r = new Fixture()
                .sentence("Putin/Putin/NNP/3:nsubj and/and/CC/2:cc Kim/Kim/NNP/0:conj held/hold/VBD/-1:root "
                        + "talks/talk/NNS/3:obj at/at/IN/7:case the/the/DT/7:det Kremlin/Kremlin/NNP/4:nmod "
                        + "on/on/IN/9:case Tuesday/Tuesday/NNP/3:obl ./././3:punct")
                .entity("e1", "Vladimir Putin", EntityType.PERSON, null, "Putin")
                .entity("e2", "Kim Jong Un", EntityType.PERSON, null, "Kim")
                .entity("e3", "Kremlin", EntityType.FACILITY, geo(55.75, 37.62), "Kremlin")
                .time("Tuesday", "2023-09-12")
                .reading(SUNDAY);
        List<Event> events = extractor.extract(r);
        assertEquals(1, events.size(), events.toString());
        Event talks = events.get(0);
        assertEquals(EventType.TALKS, talks.type());
        assertEquals("e1", talks.agent());
        assertEquals(List.of("e2"), talks.with());
        assertEquals("e3", talks.place());
        assertEquals("2023-09-12", talks.time());
        assertTrue(talks.sources().isEmpty());
    }

    @Test
    void anAgreementIsSignedOrStruckNotHad() {
        Reading r = new Fixture()
                .sentence("Ferreyra/Ferreyra/NNP/1:nsubj signed/sign/VBD/-1:root an/a/DT/3:det "
                        + "agreement/agreement/NN/1:obj ./././1:punct")
                .sentence("Ferreyra/Ferreyra/NNP/1:nsubj has/have/VBZ/-1:root a/a/DT/4:det new/new/JJ/4:amod "
                        + "deal/deal/NN/1:obj ./././1:punct")
                .entity("e1", "Tomas Ferreyra", EntityType.PERSON, null, "Ferreyra")
                .reading(SUNDAY);
        List<Event> events = extractor.extract(r);
        assertEquals(1, events.size(), events.toString());
        assertEquals(EventType.SIGN, events.get(0).type());
        assertEquals("Ferreyra signed an agreement.", events.get(0).text());
    }

    @Test
    void peopleNamedOnlyByWhatTheyAreActForWhereTheyAreFrom() {
        Reading r = new Fixture()
                .sentence("Officials/official/NNS/3:nsubj from/from/IN/2:case Norway/Norway/NNP/0:nmod "
                        + "agreed/agree/VBD/-1:root to/to/TO/5:mark buy/buy/VB/3:xcomp aircraft/aircraft/NN/5:obj "
                        + "./././3:punct")
                .entity("e1", "Norway", EntityType.LOCATION, geo(60.0, 10.0), "Norway")
                .reading(SUNDAY);
        assertEquals("e1", only(extractor.extract(r), EventType.AGREE).agent());
    }

    @Test
    void aParticipleClauseSpeaksForTheSubjectOfItsSentence() {
        Reading r = new Fixture()
                .sentence("Kim/Kim/NNP/1:nsubj unveiled/unveil/VBD/-1:root the/the/DT/3:det plan/plan/NN/1:obj "
                        + ",/,/,/1:punct saying/say/VBG/1:dep the/the/DT/7:det talks/talk/NNS/9:nsubj "
                        + "were/be/VBD/9:cop useful/useful/JJ/5:ccomp ./././1:punct")
                .entity("e1", "Kim Jong Un", EntityType.PERSON, null, "Kim")
                .reading(SUNDAY);
        assertEquals("e1", only(extractor.extract(r), EventType.STATEMENT).agent());
    }
}
