package dateline.reading;

import dateline.article.Article;
import dateline.article.PublishedDate;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReaderTest {
    /** Sunday 5 March 2023. */
    private static final PublishedDate SUNDAY = PublishedDate.ofDate(LocalDate.of(2023, 3, 5), "given");

    static Article article(String text, PublishedDate published) {
        return new Article("test", null, published, null, null, List.of(), "en", null, null, text, List.of());
    }

    static Reading read(String text) {
        return SharedReader.get().read(article(text, SUNDAY));
    }

    static Timex time(Reading r, String text) {
        return r.times().stream().filter(t -> t.text().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no time " + text + " in " + r.times()));
    }

    static Entity entity(Reading r, String name) {
        return r.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " in " + r.entities()));
    }

    @Test
    void aCompanysNameEndsAtItsLegalFormAndAViceIsNotThePresident() {
        Reading r = read("President Barack Obama spoke on Friday. Chrysler sales fell. \"The market is starting to show small signs of "
                + "life,\" said the vice president and chairman of Chrysler LLC Jim Press.");
        Entity press = entity(r, "Jim Press");
        assertEquals(EntityType.PERSON, press.type());
        Entity chrysler = entity(r, "Chrysler LLC");
        assertEquals(EntityType.ORGANIZATION, chrysler.type());
        assertEquals(2, chrysler.mentions().size(), "the company without its legal form is the same: " + chrysler);
        assertFalse(entity(r, "Barack Obama").aliases().stream().anyMatch(a -> a.contains("vice")),
                entity(r, "Barack Obama").toString());
        assertEquals(press.id(), r.quotes().get(0).speaker(), "the speaker named after the body his office is of");
    }

    @Test
    void weekdaysFollowTheTenseOfTheirClause() {
        Reading r = read("The minister arrived in Lisbon on Wednesday. She will fly to Madrid on Thursday.");
        assertEquals("2023-03-01", time(r, "Wednesday").value(), "past tense: the Wednesday before the Sunday");
        assertEquals("2023-03-09", time(r, "Thursday").value(), "future tense: the Thursday after");
    }

    @Test
    void dayFirstDatesYearRangesAndDurations() {
        Reading r = read("Posted 17/09/2023. The Korean War (1950-1953) ended seventy years ago. "
                + "The delegation left after a six-day visit that ended four years of silence.");
        assertEquals("2023-09-17", time(r, "17/09/2023").value());
        assertEquals("1950/1953", time(r, "1950-1953").value());
        assertEquals("P6D", time(r, "six-day").value());
        assertEquals("P4Y", time(r, "four years").value());
    }

    @Test
    void reportedCitingMakesAChainOutermostFirst() {
        Reading r = read("The two ministers discussed grain exports at length, Reuters reported, citing Agence "
                + "France-Presse.");
        Entity reuters = entity(r, "Reuters");
        Attribution a = r.attributions().stream().filter(x -> x.text().contains("discussed grain exports"))
                .findFirst().orElseThrow(() -> new AssertionError(r.attributions().toString()));
        assertEquals(2, a.sources().size());
        assertEquals(reuters.id(), a.sources().get(0));
        String cited = r.entities().stream().filter(e -> e.id().equals(a.sources().get(1))).findFirst()
                .map(Entity::name).orElseThrow();
        assertTrue(cited.contains("France-Presse"), cited);
    }

    @Test
    void quoteSpeakerAfterTheQuote() {
        Reading r = read("Finance Minister Maria Santos met the bankers on Friday. \"We will not raise taxes this "
                + "year,\" Santos told journalists. \"The budget is balanced and the banks know it.\"\n\n"
                + "The opposition was not convinced. \"These are empty promises from a tired government.\"");
        Quote q = r.quotes().get(0);
        assertTrue(q.text().startsWith("We will not raise taxes"), q.text());
        assertEquals(entity(r, "Maria Santos").id(), q.speaker());
        assertEquals(3, r.quotes().size());
        assertEquals(q.speaker(), r.quotes().get(1).speaker(), "the quote goes on in the same paragraph");
        assertEquals(null, r.quotes().get(2).speaker(), "a new paragraph with no speaker named");
    }

    @Test
    void acronymInParenthesesIsAnAlias() {
        Reading r = read("The World Health Organization (WHO) issued a warning on Monday. WHO said the outbreak "
                + "was spreading.");
        Entity who = entity(r, "World Health Organization");
        assertTrue(who.aliases().contains("WHO"), who.aliases().toString());
        assertEquals(EntityType.ORGANIZATION, who.type());
        assertTrue(who.mentions().size() >= 2, who.mentions().toString());
    }

    @Test
    void theCompanyIsTheOrganisationJustNamed() {
        Reading r = read("Norvik Motors cut 400 jobs at its plant on Monday. The company said demand had fallen.\n\n"
                + "Prices rose in March. Wages rose in April. Rents rose in May. The company said nothing.");
        Entity norvik = entity(r, "Norvik Motors");
        String text = r.article().text();
        int first = text.indexOf("company"), last = text.lastIndexOf("company");
        assertTrue(norvik.mentions().stream().anyMatch(s -> s.start() <= first && first < s.end()), norvik.toString());
        assertTrue(norvik.mentions().stream().noneMatch(s -> s.start() <= last && last < s.end()),
                "three sentences on, the company is no longer the one named: " + norvik);
    }

    @Test
    void anAcronymWithAHeadNounIsTheSameFacility() {
        Reading r = read("Officials toured the Ilmen Valley Tractor Plant (IVTP) on Monday. Workers at the IVTP plant "
                + "build engines.");
        Entity plant = entity(r, "Ilmen Valley Tractor Plant");
        assertTrue(plant.aliases().contains("IVTP plant"), plant.toString());
        assertEquals(1, r.entities().size(), "no entity of its own for the IVTP plant: " + r.entities());
    }

    @Test
    void aCountrysNamesAreOneEntity() {
        Reading r = read("Britain will host the talks in March. The United Kingdom has invited twelve ministers, "
                + "and the UK expects most of them to come.");
        Entity uk = entity(r, "United Kingdom");
        assertEquals(EntityType.LOCATION, uk.type());
        assertTrue(uk.aliases().containsAll(List.of("Britain", "UK")), uk.aliases().toString());
        assertEquals(3, uk.mentions().size(), uk.toString());
        assertEquals(3, uk.asOrganization().size(), "host, inviter and expecter act as the state: " + uk);
    }

    @Test
    void roleTitlesResolveToTheirHolder() {
        Reading r = read("French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin. Later, the "
                + "French president said he was satisfied. Macron flew home in the evening.");
        Entity macron = entity(r, "Emmanuel Macron");
        assertTrue(macron.aliases().contains("French President"), macron.aliases().toString());
        assertTrue(macron.aliases().contains("Macron"), macron.aliases().toString());
        int later = r.article().text().indexOf("French president");
        assertTrue(macron.mentions().stream().anyMatch(m -> m.start() == later), macron.mentions().toString());
        Entity scholz = entity(r, "Olaf Scholz");
        assertTrue(scholz.aliases().contains("German Chancellor"), scholz.aliases().toString());
    }

    @Test
    void titlesInAListLeadToTheNameAfterThem() {
        Reading r = read("\u201COur third quarter results reflected broad-based growth across our business,\" "
                + "chairman, CEO and president Craig Menear said in the earnings release.");
        Entity menear = entity(r, "Craig Menear");
        assertTrue(menear.aliases().contains("CEO"), menear.aliases().toString());
        assertEquals(1, r.entities().size(), r.entities().toString());
        assertEquals(menear.id(), r.quotes().get(0).speaker());
    }

    @Test
    void aPersonsLaterNamesAndASitesNameWithoutItsAddressAreTheSameEntity() {
        Reading r = read("Bureau of Prisons Director Kathleen Hawk Sawyer told Congress the cameras failed. Hawk Sawyer "
                + "said the guards were overworked. Sales fell, according to Edmunds.com. Edmunds analyst Jessica "
                + "Caldwell said buyers were cautious.");
        assertTrue(entity(r, "Kathleen Hawk Sawyer").aliases().contains("Hawk Sawyer"), r.entities().toString());
        assertTrue(entity(r, "Edmunds.com").aliases().contains("Edmunds"), r.entities().toString());
    }

    @Test
    void facilitiesAndProductsByTheirHeadNouns() {
        Reading r = read("The president visited the Gostomel airport and inspected the Admiral Kuznetsov carrier, "
                + "which carries Su-33 fighter jets.");
        assertEquals(EntityType.FACILITY, entity(r, "Gostomel airport").type());
        assertEquals(EntityType.PRODUCT, entity(r, "Su-33").type());
    }

    @Test
    void nonEnglishArticlesAreNotRead() {
        Article german = new Article("de", null, SUNDAY, null, null, List.of(), "de", null, null,
                "Der Präsident besuchte am Mittwoch die Stadt.", List.of());
        Reading r = SharedReader.get().read(german);
        assertTrue(r.sentences().isEmpty());
        assertTrue(r.entities().isEmpty());
    }

    @Test
    void aFlattenedTableIsBoundedAndStillRead() {
        StringBuilder s = new StringBuilder("Prices in Berlin rose on Monday ");
        for (int i = 0; i < 20_000; i++) {
            s.append("row ").append(i % 97).append(' ');
        }
        Reading r = read(s.toString());
        assertTrue(r.sentences().size() > 100, "cut into bounded pieces");
        assertTrue(r.sentences().stream().allMatch(x -> x.tokens().size() <= CoreNlpAnnotator.MAX_SENTENCE_TOKENS));
        assertEquals("2023-02-27", time(r, "Monday").value());
        assertFalse(r.entities().isEmpty());
    }

    @Test
    void sentencesCarryTokensAndDependencyArcs() {
        Reading r = read("Kim visited the plant.");
        Sentence s = r.sentences().get(0);
        assertEquals(List.of("Kim", "visited", "the", "plant", "."), s.tokens().stream().map(Token::word).toList());
        assertEquals("visit", s.tokens().get(1).lemma());
        Optional<Dependency> subject = s.dependencies().stream().filter(d -> d.relation().equals("nsubj")).findFirst();
        assertTrue(subject.isPresent(), s.dependencies().toString());
        assertEquals(1, subject.get().governor());
        assertEquals(0, subject.get().dependent());
        assertTrue(s.dependencies().stream().anyMatch(d -> d.governor() == -1 && d.relation().equals("root")));
    }

    @Test
    void publicationTimeOfDayDoesNotChangeTheAnchorDate() {
        PublishedDate evening = new PublishedDate(LocalDate.of(2023, 3, 5), LocalTime.of(18, 37), null, "given");
        Reading r = SharedReader.get().read(article("Officials met on Saturday.", evening));
        assertEquals("2023-03-04", time(r, "Saturday").value());
    }

    @Test
    void aGiantWordIsTaggedAsAStandIn() {
        String giant = "x".repeat(60_000);
        Reading r = SharedReader.get().read(article("Officials met in Paris. " + giant + " They left on Monday.", null));
        assertTrue(r.sentences().stream().flatMap(s -> s.tokens().stream()).anyMatch(t -> t.word().equals(giant)),
                "the token keeps its own text");
        assertEquals(-1, r.unreadFrom());
        assertTrue(r.entities().stream().anyMatch(e -> e.name().equals("Paris")), r.entities().toString());
    }

    @Test
    void readingStopsAtAParagraphBreakBeforeTheBound() {
        String paragraph = "The minister met officials in the capital on Monday and left on Tuesday.\n\n";
        String text = paragraph.repeat(CoreNlpAnnotator.MAX_READ_CHARS / paragraph.length() + 10);
        int to = CoreNlpAnnotator.readTo(text);
        assertTrue(to <= CoreNlpAnnotator.MAX_READ_CHARS && to > CoreNlpAnnotator.MAX_READ_CHARS - paragraph.length(), "" + to);
        assertEquals("\n\n", text.substring(to, to + 2));
        assertEquals(paragraph.length() * 3, CoreNlpAnnotator.readTo(paragraph.repeat(3)));
    }

    @Test
    void readingStopsWhenItsTimeIsSpentAndSaysWhere() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 50; i++) {
            text.append("Delegation ").append(i).append(" arrived in the port on Monday.\n\n");
        }
        String all = text.toString();
        Reading whole = SharedReader.get().annotator().annotate(article(all, null), null);
        assertEquals(50, whole.sentences().size());
        assertEquals(-1, whole.unreadFrom());

        // No time at all: the first batch of sentences is read, the rest left, from where the next sentence begins.
        Reading cut = SharedReader.get().annotator().annotate(article(all, null), null, 0);
        int read = cut.sentences().size();
        assertTrue(read > 0 && read < 50, "" + read);
        assertEquals(all.indexOf("Delegation " + (read + 1) + " "), cut.unreadFrom());
        assertEquals(whole.sentences().subList(0, read), cut.sentences());
    }

    @Test
    void emptyAndRandomTextGoThroughTheWholeChain() {
        assertTrue(read("").entities().isEmpty());
        java.util.Random random = new java.util.Random(7);
        StringBuilder s = new StringBuilder();
        String alphabet = "aAbZ09 .,;:-\"'()\u201C\u201D\n\u00a0\u00e9\u4e2d";
        for (int i = 0; i < 3000; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        Reading r = SharedReader.get().read(article(s.toString(), null));
        String text = r.article().text();
        for (Quote q : r.quotes()) {
            assertEquals(q.text(), text.substring(q.start(), q.end()));
        }
        for (Timex t : r.times()) {
            assertEquals(t.text(), text.substring(t.start(), t.end()));
        }
    }
}
