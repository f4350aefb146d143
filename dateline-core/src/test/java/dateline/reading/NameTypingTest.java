package dateline.reading;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Name typing and titles on invented news sentences. */
class NameTypingTest {
    private static EntityType typeOf(Reading r, String mention) {
        String text = r.article().text();
        for (Entity e : r.entities()) {
            for (Span s : e.mentions()) {
                if (text.substring(s.start(), s.end()).equals(mention)) {
                    return e.type();
                }
            }
        }
        throw new AssertionError("no mention " + mention + " in " + r.entities());
    }

    private static List<String> mentions(Reading r) {
        String text = r.article().text();
        return r.entities().stream().flatMap(e -> e.mentions().stream())
                .map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void aTitleNamesItsHolderNotThePlaceInIt() {
        Reading r = ReaderTest.read("Minister for the Baltic Region Anna Lindqvist visited Tallinn on Monday. "
                + "The Minister for the Baltic Region said the talks went well.");
        Entity anna = ReaderTest.entity(r, "Anna Lindqvist");
        assertEquals(EntityType.PERSON, anna.type());
        String text = r.article().text();
        long titles = anna.mentions().stream()
                .filter(s -> text.substring(s.start(), s.end()).equals("Minister for the Baltic Region")).count();
        assertEquals(2, titles, "both titles are mentions of the minister: " + anna);
        assertFalse(mentions(r).contains("Baltic Region"), "the region inside the title is no place mention");
        assertEquals(EntityType.LOCATION, typeOf(r, "Tallinn"));
    }

    @Test
    void newspapersNamedAfterPlacesAndChurchesNamedByFaithAreBodies() {
        Reading r = ReaderTest.read("The mayor resigned, the Moscow Times reported. The Catholic Church said the bishop "
                + "would say mass at St Mary's Church in Dublin.");
        assertEquals(EntityType.ORGANIZATION, typeOf(r, "Moscow Times"));
        assertFalse(mentions(r).contains("Moscow"), "the city in the paper's name is no place mention");
        assertEquals(EntityType.ORGANIZATION, typeOf(r, "Catholic Church"));
        assertEquals(EntityType.FACILITY, typeOf(r, "St Mary's Church"));
    }

    @Test
    void aFacilityNounBeforeOfAndANameHeadsIt() {
        Reading r = ReaderTest.read("Visitors flocked to the Museum of Flight in Seattle, and the Hospital of Saint John "
                + "reopened.");
        assertEquals(EntityType.FACILITY, typeOf(r, "Museum of Flight"));
        assertEquals(EntityType.FACILITY, typeOf(r, "Hospital of Saint John"));
        assertFalse(mentions(r).contains("John"), "the saint in the hospital's name is no person mention");
    }

    @Test
    void aTheNameThatReportsIsANewsOutlet() {
        Reading r = ReaderTest.read("The Guardian cited examples of complicated questions on the asylum forms.");
        assertEquals(EntityType.ORGANIZATION, typeOf(r, "Guardian"));
    }

    @Test
    void aOneWordNameAfterAnOrganisationNounOrAPersonsOfIsABody() {
        Reading r = ReaderTest.read("Candidates included localist group Youngspiration's Baggio Leung, while Nathan Law "
                + "of Demosisto won a seat. The company Smith founded grew.");
        assertEquals(EntityType.ORGANIZATION, typeOf(r, "Youngspiration"));
        assertEquals(EntityType.ORGANIZATION, typeOf(r, "Demosisto"));
        assertEquals(EntityType.PERSON, typeOf(r, "Smith"), "a verb after the name makes it the noun's subject");
    }

    @Test
    void aNameEndingInAnOrganisationsNounIsABodyUnlessItIsACountryOrAPlace() {
        Reading r = ReaderTest.read("The competition is organised by the International Tennis Federation. He spoke "
                + "from the Oval Office. The Soviet Union collapsed.");
        assertEquals(EntityType.ORGANIZATION, typeOf(r, "International Tennis Federation"));
        assertEquals(EntityType.LOCATION, typeOf(r, "Soviet Union"));
        assertEquals(EntityType.LOCATION, typeOf(r, "Oval Office"));
    }

    @Test
    void aCountryBeforeAFacilityNounAndAForceBeforeAProductNounKeepTheirTypes() {
        Reading r = ReaderTest.read("He died in custody in a US prison. Andrew flew Royal Navy helicopters during the war.");
        assertEquals(EntityType.LOCATION, typeOf(r, "US"));
        assertFalse(mentions(r).contains("US prison"), mentions(r).toString());
        assertEquals(EntityType.ORGANIZATION, typeOf(r, "Royal Navy"));
    }

    @Test
    void anUntaggedNameSayingAQuoteIsItsSpeaker() {
        Reading r = ReaderTest.read("``We've reduced our airplane-design effort and are focusing more on the technology "
                + "breakthroughs,'' said Angers.");
        assertEquals(EntityType.PERSON, typeOf(r, "Angers"));
        assertEquals(1, r.quotes().size(), r.quotes().toString());
        assertTrue(r.quotes().get(0).text().startsWith("We've reduced"), "the wire copy's `` and '' are quote marks");
        String angers = r.entities().stream().filter(e -> e.name().equals("Angers")).findFirst().orElseThrow().id();
        assertEquals(angers, r.quotes().get(0).speaker());
    }

    @Test
    void timeZonesAreNoBodiesAndSitesNamedByAddressAre() {
        Reading r = ReaderTest.read("The deal was signed at 16:15 UTC on Monday, Detik.com reported.");
        assertFalse(mentions(r).contains("UTC"), mentions(r).toString());
        assertEquals(EntityType.ORGANIZATION, typeOf(r, "Detik.com"));
    }

    @Test
    void weaponAcronymsAreProductsNotOrganisations() {
        Reading r = ReaderTest.read("A UAV struck the convoy after two VBIEDs exploded near the checkpoint.");
        assertEquals(EntityType.PRODUCT, typeOf(r, "UAV"));
        assertEquals(EntityType.PRODUCT, typeOf(r, "VBIEDs"));
    }

    @Test
    void aBodyBeforeAnOfficeStaysAMentionOfItsOwn() {
        Reading r = ReaderTest.read("NASA Administrator Jim Corvell opened the exhibit in Denver on Tuesday.");
        assertEquals(EntityType.ORGANIZATION, typeOf(r, "NASA"));
        assertEquals(EntityType.PERSON, typeOf(r, "Administrator"));
        assertEquals(EntityType.PERSON, ReaderTest.entity(r, "Jim Corvell").type());
    }

    @Test
    void shipsAreProductsByTheirPrefix() {
        Reading r = ReaderTest.read("The destroyer HMS Valiant Star and the frigate USS Carver left Bahrain on "
                + "Sunday with the French ship FS Aubrac.");
        assertEquals(EntityType.PRODUCT, typeOf(r, "HMS Valiant Star"));
        assertEquals(EntityType.PRODUCT, typeOf(r, "USS Carver"));
        assertEquals(EntityType.PRODUCT, typeOf(r, "FS Aubrac"));
    }

    @Test
    void weaponsAndPlatformsByTheirDesignationOrHeadNoun() {
        Reading r = ReaderTest.read("Two Tornado GR4 jets and a Type 23 frigate joined the exercise; the pilots "
                + "fired a Sparrowhawk missile, and the Kes-9 drone filmed it. Route A4 was closed.");
        assertEquals(EntityType.PRODUCT, typeOf(r, "Tornado GR4"));
        assertEquals(EntityType.PRODUCT, typeOf(r, "Type 23"));
        assertEquals(EntityType.PRODUCT, typeOf(r, "Sparrowhawk"));
        assertEquals(EntityType.PRODUCT, typeOf(r, "Kes-9"));
        assertFalse(mentions(r).contains("Route A4"), "a road is no product: " + mentions(r));
    }

    @Test
    void aGovernmentNamedByItsPlaceIsAnOrganisationAndThePlaceStaysAPlace() {
        Reading r = ReaderTest.read("The Government of Moldova welcomed the plan. Farmers in Moldova were less sure. "
                + "The Moldova Government will vote on it.");
        assertEquals(EntityType.ORGANIZATION, typeOf(r, "Government of Moldova"));
        assertEquals(EntityType.ORGANIZATION, typeOf(r, "Moldova Government"));
        assertEquals(EntityType.LOCATION, typeOf(r, "Moldova"));
    }

    @Test
    void anAcronymGivenInParenthesesIsFoundLater() {
        Reading r = ReaderTest.read("The Danube Reconstruction Trust Fund (DRTF) opened an office in Vukovar. "
                + "Since then the DRTF has repaired four bridges.");
        Entity fund = r.entities().stream().filter(e -> e.aliases().contains("DRTF")).findFirst()
                .orElseThrow(() -> new AssertionError(r.entities().toString()));
        assertEquals(EntityType.ORGANIZATION, fund.type());
        assertEquals(3, fund.mentions().size(), "the name, the acronym and the later acronym: " + fund);
    }

    @Test
    void aCompanyAfterAnOfficeStaysAnOrganisation() {
        Reading r = ReaderTest.read("Priya Raman, Vice Chairman of Siemens, said the plant in Ghent will close.");
        assertEquals(EntityType.ORGANIZATION, typeOf(r, "Siemens"));
        assertEquals(EntityType.PERSON, ReaderTest.entity(r, "Priya Raman").type());
    }

    @Test
    void aCompanyIsNotItsPlant() {
        Reading r = ReaderTest.read("Siemens reported higher orders on Monday. Workers at the Siemens factory in "
                + "Erlangen were told of new shifts.");
        assertEquals(EntityType.ORGANIZATION, typeOf(r, "Siemens"));
    }

    @Test
    void aPersonIsNotTheFoundationNamedAfterThem() {
        Reading r = ReaderTest.read("Lena Marsh set up the Lena Marsh Foundation in 2010. The foundation gave "
                + "grants to 40 schools, and Lena Marsh visited each of them.");
        assertEquals(EntityType.PERSON, ReaderTest.entity(r, "Lena Marsh").type());
        assertEquals(EntityType.ORGANIZATION, ReaderTest.entity(r, "Lena Marsh Foundation").type());
    }

    @Test
    void namesAfterNearArePlaces() {
        Reading r = ReaderTest.read("Near Ar Rashidiya, one strike hit a unit. Near Az Zubaydi, one strike hit a "
                + "depot.");
        assertEquals(EntityType.LOCATION, typeOf(r, "Ar Rashidiya"));
        assertEquals(EntityType.LOCATION, typeOf(r, "Az Zubaydi"));
    }

    @Test
    void titlesAreToldFromNames() {
        assertTrue(Titles.standard().isTitle("Foreign Secretary"));
        assertTrue(Titles.standard().isTitle("President of Syria"));
        assertFalse(Titles.standard().isTitle("Tobias Ellwood"));
        assertFalse(Titles.standard().isTitle("General Motors of Canada"));
    }

    @Test
    void aCountryThatActsStandsForItsStateAndOneThatIsGroundDoesNot() {
        Reading r = ReaderTest.read("Norway signed the accord with Chile on Monday. Talks in Norway lasted a week, "
                + "and Chile said the text was fair.");
        String text = r.article().text();
        Entity norway = ReaderTest.entity(r, "Norway");
        Entity chile = ReaderTest.entity(r, "Chile");
        assertEquals(EntityType.LOCATION, norway.type());
        assertEquals(List.of("Norway"), norway.asOrganization().stream()
                .map(s -> text.substring(s.start(), s.end())).toList(), "the signer acts; the venue does not");
        assertEquals(text.indexOf("Norway"), norway.asOrganization().get(0).start());
        assertEquals(2, chile.asOrganization().size(), "the partner and the speaker: " + chile);
        assertTrue(ReaderTest.entity(r, "Chile").mentions().containsAll(chile.asOrganization()));
    }

    @Test
    void aOneWordNameThatIsFoughtIsAGroupNotAPerson() {
        Reading r = ReaderTest.read("Villagers said Kharzun fighters had left the valley. The campaign against "
                + "Kharzun will go on, the army said. The protest against Orlov grew, and Orlov said he would stay. "
                + "In the south, Vostrel are losing ground.");
        assertEquals(EntityType.ORGANIZATION, ReaderTest.entity(r, "Kharzun").type());
        assertEquals(EntityType.PERSON, ReaderTest.entity(r, "Orlov").type(), "a pronoun makes him a person");
        assertEquals(EntityType.ORGANIZATION, ReaderTest.entity(r, "Vostrel").type(), "a plural verb makes a group");
        Reading claim = ReaderTest.read("Villagers said the attack on the market killed four people on Sunday. Oskel "
                + "has claimed responsibility for the blast, and the valley road is still controlled by Oskel.");
        assertEquals(EntityType.ORGANIZATION, ReaderTest.entity(claim, "Oskel").type(), "groups claim attacks, hold roads");
    }

    @Test
    void anAcronymInBracketsJoinsTheNameItSpells() {
        Reading r = ReaderTest.read("Fighters of the Free Army of Karsia and the North (FAKN) crossed the river. "
                + "FAKN-held villages were shelled on Tuesday.");
        Entity fakn = ReaderTest.entity(r, "Free Army of Karsia and the North");
        assertEquals(EntityType.ORGANIZATION, fakn.type());
        assertTrue(fakn.aliases().contains("FAKN"), "the acronym is an alias: " + fakn);
        assertFalse(mentions(r).contains("North"), "no place inside the name: " + mentions(r));
        assertTrue(mentions(r).contains("FAKN"), "the holder of the villages: " + mentions(r));
        assertFalse(mentions(r).contains("FAKN-held"), mentions(r).toString());
    }

    @Test
    void anAcronymUsedAnywhereJoinsTheNameItSpells() {
        Reading r = ReaderTest.read("The Free Army of Karsia and North lost two villages on Monday. By Tuesday FAKN "
                + "fighters had retaken one of them.");
        assertEquals(EntityType.ORGANIZATION, typeOf(r, "Free Army of Karsia and North"));
        assertFalse(mentions(r).contains("North"), "no place inside the name: " + mentions(r));
    }

    @Test
    void countriesActInPairsListsAndPossessives() {
        Reading r = ReaderTest.read("The leaders discussed Norway-Chile co-operation on fisheries. The foreign "
                + "ministers of Peru, Bolivia, Ecuador and Colombia met on Monday. The Foreign Minister underlined Peru's "
                + "commitment to the accord. Floods hit Ecuador's north. The convoy reached Tarqui, Ecuador, on Friday.");
        String text = r.article().text();
        for (String country : List.of("Norway", "Chile", "Bolivia", "Colombia")) {
            assertFalse(ReaderTest.entity(r, country).asOrganization().isEmpty(), country + " acts: " + r.entities());
        }
        List<String> peru = ReaderTest.entity(r, "Peru").asOrganization().stream()
                .map(s -> text.substring(s.start(), s.end() + 2)).toList();
        assertTrue(peru.contains("Peru's"), "a country's commitment is its state's: " + peru);
        Entity ecuador = ReaderTest.entity(r, "Ecuador");
        int ground = text.indexOf("Ecuador's north"), town = text.indexOf("Ecuador,", text.indexOf("Tarqui"));
        assertTrue(ecuador.mentions().stream().anyMatch(s -> s.start() == ground), ecuador.toString());
        assertTrue(ecuador.asOrganization().stream().noneMatch(s -> s.start() == ground || s.start() == town),
                "its north and the town in it are ground: " + ecuador);
    }

    @Test
    void aMinistersDepartmentIsPartOfTheTitle() {
        Reading r = ReaderTest.read("Defense Secretary Tom Halvorsen visited the base on Monday. Halvorsen said the "
                + "troops were ready.");
        Entity tom = ReaderTest.entity(r, "Tom Halvorsen");
        assertTrue(tom.aliases().contains("Defense Secretary"), tom.toString());
        assertFalse(mentions(r).contains("Defense"), "no department of its own: " + r.entities());
    }

    @Test
    void anAcronymTheTaggerLeftIsAnOrganisationAndAnOperationIsAnEvent() {
        Reading r = ReaderTest.read("The pro-Beijing DAB won 13 seats on Sunday. Operation Harbour Shield ended in "
                + "March, and the KPFL said it would stand again.");
        assertEquals(EntityType.ORGANIZATION, typeOf(r, "DAB"));
        assertEquals(EntityType.ORGANIZATION, typeOf(r, "KPFL"));
        assertEquals(EntityType.EVENT, typeOf(r, "Operation Harbour Shield"));
    }
}
