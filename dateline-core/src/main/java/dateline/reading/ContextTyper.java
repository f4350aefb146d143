package dateline.reading;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static dateline.reading.TokenShapes.glue;
import static dateline.reading.TokenShapes.glued;
import static dateline.reading.TokenShapes.isAcronymRun;
import static dateline.reading.TokenShapes.isAllCapsWord;
import static dateline.reading.TokenShapes.isLowerWord;
import static dateline.reading.TokenShapes.lower;
import static dateline.reading.TokenShapes.startsName;

/**
 * Types a candidate name by the cues news text gives around it: a head noun after or before the name ("Knevichi
 * airport", "the station X", "the X frigate", "Sukhoi aircraft maker"), model numbers ("Su-57"), place prepositions
 * and nouns ("near the town of X"), a citing verb ("according to Interfax"). Each cue is one named rule; the rules
 * are tried in the order of {@link #rules}, and the first that decides gives the mention (or says the run names
 * nothing). The cues are general English, not lists of names.
 */
final class ContextTyper {
    /** What a rule returns for a run that names nothing, as opposed to null: "not my case, ask the next rule". */
    private static final Mention NO_NAME = new Mention(new Span(0, 0), "", EntityType.OTHER);

    private final Set<String> facilityHeads;
    private final Set<String> placeNouns;
    private final Set<String> productHeads;
    private final Set<String> organizationHeads;
    private final Set<String> organizationNameEnds;
    private final Set<String> placeLikeEnds;
    private final Set<String> newspaperWords;
    private final Set<String> legalForms;
    private final Set<String> timeZones;
    private final Set<String> honorifics;
    private final Set<String> denominations;
    private final Set<String> eventHeads;
    private final Set<String> governmentHeads;
    private final Set<String> placePrepositions;
    private final Set<String> nearPrepositions;
    private final List<Function<Candidate, Mention>> rules;

    ContextTyper(Lexicon lexicon) {
        facilityHeads = lexicon.words("facility-heads");
        placeNouns = lexicon.words("place-nouns");
        productHeads = lexicon.words("product-heads");
        organizationHeads = lexicon.words("organization-heads");
        organizationNameEnds = lexicon.words("organization-name-ends");
        placeLikeEnds = lexicon.words("place-like-ends");
        newspaperWords = lexicon.words("newspaper-words");
        legalForms = lexicon.words("legal-forms");
        timeZones = lexicon.words("time-zones");
        honorifics = lexicon.words("honorifics");
        denominations = lexicon.words("denominations");
        eventHeads = lexicon.words("event-heads");
        governmentHeads = lexicon.words("government-heads");
        placePrepositions = lexicon.words("place-prepositions");
        nearPrepositions = lexicon.words("near-prepositions");
        // The order is the precedence: a model number is a product whatever follows; the tagger's class comes last.
        rules = List.of(this::modelNumber, this::newspaperOfPlace, this::denominationChurch, this::governingBody,
                this::governmentOfPlace, this::timeZone, this::honorific, this::quoteSpeaker,
                this::bodyAfterOrganisationNoun, this::acronymAsPerson, this::loneAdjective, this::facilityNounAfter,
                this::organisationNounAfter, this::productNounAfter, this::facilityNameEnd, this::eventName,
                this::personNearPlace, this::personAtPlace, this::facilityNounOf, this::citedOutlet,
                this::organisationNameEnd, this::byTag);
    }

    /** The candidate's mention, retyped by its context; null when it names nothing. */
    Mention type(Candidate c) {
        for (Function<Candidate, Mention> rule : rules) {
            Mention m = rule.apply(c);
            if (m != null) {
                return m == NO_NAME ? null : m;
            }
        }
        return null;
    }

    /** A legal form, which ends a company's name: "Chrysler LLC", "Siemens AG". */
    boolean isLegalForm(Token x) {
        return legalForms.contains(lower(x).replace(".", ""));
    }

    /** "Operation Inherent Resolve": a military operation's name, an event. */
    static boolean operation(List<Token> t, int i, int j) {
        return j - i > 1 && t.get(i).word().equals("Operation");
    }

    /** "Su-57", "Superjet SSJ100": a model number or a designation after a name is a product. */
    private Mention modelNumber(Candidate c) {
        List<Token> t = c.tokens();
        for (int k = c.from(); k < c.to(); k = glue(t, k)) {
            String word = c.text().substring(t.get(k).start(), t.get(Math.min(glue(t, k), c.to()) - 1).end());
            if (MentionScanner.MODEL.matcher(word).matches() && !isAllCapsWord(word)
                    || k > c.from() && MentionScanner.DESIGNATION.matcher(word).matches()) {
                return c.as(EntityType.PRODUCT);
            }
        }
        return null;
    }

    /** "the Moscow Times": a place and a newspaper's word after it are the paper. */
    private Mention newspaperOfPlace(Candidate c) {
        Token next = c.around(0);
        return c.is(NerClass.LOCATION) && next != null && startsName(c.tokens(), c.to())
                && newspaperWords.contains(lower(next)) && !c.nameAt(c.to() + 1)
                ? c.mention(c.from(), c.to() + 1, EntityType.ORGANIZATION) : null;
    }

    /** Churches named by their denomination are bodies, not buildings: "the Catholic Church". */
    private Mention denominationChurch(Candidate c) {
        return c.last().equals("church") && c.length() > 1 && denominations.contains(lower(c.tokens().get(c.to() - 2)))
                ? c.as(EntityType.ORGANIZATION) : null;
    }

    /** A governing body named by its place: "the UK Government", "the Iraqi Army". */
    private Mention governingBody(Candidate c) {
        Token next = c.around(0);
        return (c.is(NerClass.LOCATION) || c.is(NerClass.MISC)) && next != null && startsName(c.tokens(), c.to())
                && governmentHeads.contains(lower(next)) && !c.nameAt(c.to() + 1)
                ? c.mention(c.from(), c.to() + 1, EntityType.ORGANIZATION) : null;
    }

    /** "the Federal Government of Iraq": the body's noun, "of" and its place, with the words before the noun. */
    private Mention governmentOfPlace(Candidate c) {
        List<Token> t = c.tokens();
        int i = c.from();
        if (!c.is(NerClass.LOCATION) || i < 2 || !t.get(i - 1).word().equals("of")
                || !Character.isUpperCase(t.get(i - 2).word().charAt(0)) || !governmentHeads.contains(lower(t.get(i - 2)))) {
            return null;
        }
        return c.mention(TokenShapes.untaggedNamesBefore(t, i - 2), c.to(), EntityType.ORGANIZATION);
    }

    /** "16:15 UTC": part of a time, not a body. */
    private Mention timeZone(Candidate c) {
        return c.length() == 1 && timeZones.contains(c.tokens().get(c.from()).word()) ? NO_NAME : null;
    }

    /** "Mr Howard", whatever the tagger said; but "Dr Pepper" may well be the drink's maker. */
    private Mention honorific(Candidate c) {
        Token before = c.around(-1);
        return before != null && honorifics.contains(before.word()) && !c.is(NerClass.LOCATION)
                && !(c.is(NerClass.ORGANIZATION) && before.word().startsWith("Dr")) ? c.as(EntityType.PERSON) : null;
    }

    /** '"…," said Angers': an untagged name saying a quote is its speaker. */
    private Mention quoteSpeaker(Candidate c) {
        int i = c.from();
        return c.is(NerClass.NONE) && i > 2 && Speech.isVerb(c.tokens().get(i - 1))
                && "''".equals(c.tokens().get(i - 2).pos()) ? c.as(EntityType.PERSON) : null;
    }

    /**
     * A one-word "person" put by its context among organisations: right after an organisation noun ("localist group
     * Youngspiration", "the band Queen"; not "the company Smith founded"), or after "of" behind a person's name
     * ("Nathan Law of Demosisto"), where a person would hardly stand.
     */
    private Mention bodyAfterOrganisationNoun(Candidate c) {
        if (!c.is(NerClass.PERSON) || c.length() != 1 || c.from() == 0) {
            return null;
        }
        List<Token> t = c.tokens();
        Token before = t.get(c.from() - 1);
        boolean body;
        if (isLowerWord(before.word()) && organizationHeads.contains(lower(before)) && before.pos().startsWith("NN")) {
            body = c.to() >= t.size() || !t.get(c.to()).pos().startsWith("VB");
        } else {
            body = c.from() > 1 && before.word().equals("of") && NerClass.of(t.get(c.from() - 2)) == NerClass.PERSON;
        }
        return body ? c.as(EntityType.ORGANIZATION) : null;
    }

    /** Capitals only: an acronym is an organisation's name, hardly ever a person's ("ISIL", "SDF"). */
    private Mention acronymAsPerson(Candidate c) {
        return c.is(NerClass.PERSON) && isAcronymRun(c.tokens(), c.from(), c.to())
                && c.tokens().stream().anyMatch(x -> x.word().matches(".*\\p{Ll}{2}.*")) ? c.as(EntityType.ORGANIZATION) : null;
    }

    /** A lone adjective ("Russian" in "the Russian news agency") names nothing, whatever its tag. */
    private Mention loneAdjective(Candidate c) {
        return c.length() == 1 && c.tokens().get(c.from()).pos().startsWith("JJ") ? NO_NAME : null;
    }

    /** "the Knevichi airport", but not "a US prison": a country names where a facility is, not which. */
    private Mention facilityNounAfter(Candidate c) {
        Token next = c.around(0);
        return next != null && isLowerWord(next.word()) && facilityHeads.contains(lower(next)) && next.pos().startsWith("NN")
                && !(c.is(NerClass.PERSON) && c.length() > 1) && Countries.code(c.words()) == null
                ? c.mention(c.from(), c.to() + 1, EntityType.FACILITY) : null;
    }

    /** "Sukhoi aircraft maker", "the Yakovlev corporation": an organisation's noun heads the words after the name. */
    private Mention organisationNounAfter(Candidate c) {
        String head = c.headNounAfter();
        return head != null && organizationHeads.contains(head) ? c.as(EntityType.ORGANIZATION) : null;
    }

    /**
     * "the Kalibr cruise missile systems": a product noun among the words after the name. Titles and numbers are
     * part of a product's name ("the Marshal Shaposhnikov frigate", "Superjet 100"); but a force or a body before a
     * product noun operates it ("Royal Navy helicopters") and is no product's name.
     */
    private Mention productNounAfter(Candidate c) {
        List<Token> t = c.tokens();
        String head = c.headNounAfter();
        boolean product = false;
        int end = c.modifiersEnd();
        for (int k = c.to(); k < end; k++) {
            product |= productHeads.contains(lower(t.get(k)));
        }
        if (!(product || head != null && productHeads.contains(head)) || organizationNameEnds.contains(c.last())) {
            return null;
        }
        int to = c.to();
        while (to < t.size() && "CD".equals(t.get(to).pos()) && t.get(to).word().matches("\\d+")) {
            to++;
        }
        return c.mention(TokenShapes.untaggedNamesBefore(t, c.from()), to, EntityType.PRODUCT);
    }

    /** "the Yuri Gagarin Komsomolsk-on-Amur Aircraft Plant": the names before a facility's head belong to it. */
    private Mention facilityNameEnd(Candidate c) {
        if (!facilityHeads.contains(c.last()) || c.length() <= 1 || c.last().equals("university")) {
            return null;
        }
        List<Token> t = c.tokens();
        int from = c.from();
        while (from > 0) {
            if (glued(t, from - 1)) {
                from -= 2;          // a hyphenated word: "Komsomolsk-on-Amur"
            } else if (startsName(t, from - 1)) {
                from--;
            } else {
                break;
            }
        }
        return c.mention(from, c.to(), EntityType.FACILITY);
    }

    /** "the Korean War", "the Eastern Economic Forum", "Operation Inherent Resolve". */
    private Mention eventName(Candidate c) {
        return eventHeads.contains(c.last()) && c.length() > 1 || operation(c.tokens(), c.from(), c.to())
                ? c.as(EntityType.EVENT) : null;
    }

    /** "near Ar Raqqah": a "person" after "near", with the untagged capitalised words before it, is a place. */
    private Mention personNearPlace(Candidate c) {
        if (!c.is(NerClass.PERSON)) {
            return null;
        }
        List<Token> t = c.tokens();
        int near = c.from();
        while (near > 0 && startsName(t, near - 1) && NerClass.of(t.get(near - 1)) == NerClass.NONE
                && !nearPrepositions.contains(lower(t.get(near - 1)))) {
            near--;
        }
        return near > 0 && nearPrepositions.contains(lower(t.get(near - 1)))
                ? c.mention(near, c.to(), EntityType.LOCATION) : null;
    }

    /** "the town of X", "in Knevichi": a "person" after a place noun, or alone after a place preposition. */
    private Mention personAtPlace(Candidate c) {
        if (!c.is(NerClass.PERSON)) {
            return null;
        }
        Token next = c.around(0);
        boolean atPlace = c.length() == 1 && placePrepositions.contains(c.before(1))
                && !(next != null && next.word().startsWith("'"));
        return placeCue(c) || atPlace ? c.as(EntityType.LOCATION) : null;
    }

    /** "the port of X": a name after a facility noun that is also a place noun. */
    private Mention facilityNounOf(Candidate c) {
        return placeCue(c) && facilityHeads.contains(c.before(1)) ? c.as(EntityType.FACILITY) : null;
    }

    /**
     * A name cited as a source ("citing Agence France-Presse", "according to Interfax") is an organisation or a
     * person; unknown to the tagger, it is most often a news organisation. So is a "the" name that reports ("The
     * Guardian cited", "The Canadian Press reported").
     */
    private Mention citedOutlet(Candidate c) {
        if (!c.is(NerClass.NONE) && !c.is(NerClass.MISC)) {
            return null;
        }
        List<Token> t = c.tokens();
        Token next = c.around(0);
        boolean cited = Speech.CITING.contains(c.before(1)) || c.before(1).equals("to") && c.before(2).equals("according")
                || c.before(1).equals("the") && next != null && next.pos().startsWith("VB")
                && Speech.PUBLISHING.contains(next.lowerLemma());
        if (!cited) {
            return null;
        }
        int to = c.to();
        while (to < t.size() && (startsName(t, to) || glued(t, to))) {
            to++;
        }
        return c.mention(c.from(), to, EntityType.ORGANIZATION);
    }

    /**
     * Capitalised words the tagger missed, or took for a place, that end in an organisation's noun: "Combined Joint
     * Task Force", "the International Tennis Federation"; but "the Russian Federation" and "the Soviet Union" are
     * countries, and "the Western Front" and "the Oval Office" places.
     */
    private Mention organisationNameEnd(Candidate c) {
        boolean retypable = c.is(NerClass.NONE) || c.is(NerClass.LOCATION) && Countries.code(c.words()) == null
                && !placeLikeEnds.contains(c.last());
        return retypable && c.length() > 1 && organizationNameEnds.contains(c.last()) ? c.as(EntityType.ORGANIZATION) : null;
    }

    /** No cue decided: the tagger's class stands; a nationality or other adjective (MISC) names no entity. */
    private Mention byTag(Candidate c) {
        boolean body = organizationNameEnds.contains(c.last());
        return switch (c.tag()) {
            case NONE -> NO_NAME;
            case PERSON -> c.as(EntityType.PERSON);
            case ORGANIZATION -> c.as(EntityType.ORGANIZATION);
            case LOCATION -> c.as(EntityType.LOCATION);
            case MISC -> TokenShapes.isAdjectival(c.tokens(), c.from(), c.to()) && !body ? NO_NAME
                    : c.as(body ? EntityType.ORGANIZATION : EntityType.OTHER);
        };
    }

    /** "the town of X", "the city X": a place noun right before the name, or before its "of". */
    private boolean placeCue(Candidate c) {
        Token before = c.around(-1);
        return placeNouns.contains(c.before(1)) && isLowerWord(before.word())
                || c.before(1).equals("of") && placeNouns.contains(c.before(2));
    }
}
