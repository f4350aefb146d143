package dateline.event;

import dateline.reading.Lexicon;

import java.util.Map;
import java.util.Set;

/** The words that signal an event, and the words around them that change what it means. */
final class Triggers {
    private Triggers() {
    }

    /** Verb lemmas and the event each one signals. */
    static final Map<String, EventType> VERBS = Map.ofEntries(
            Map.entry("visit", EventType.VISIT), Map.entry("tour", EventType.VISIT), Map.entry("stop", EventType.VISIT),
            Map.entry("arrive", EventType.ARRIVE), Map.entry("land", EventType.ARRIVE), Map.entry("reach", EventType.ARRIVE),
            Map.entry("travel", EventType.ARRIVE), Map.entry("fly", EventType.ARRIVE), Map.entry("return", EventType.ARRIVE),
            Map.entry("leave", EventType.DEPART), Map.entry("depart", EventType.DEPART),
            Map.entry("meet", EventType.MEET), Map.entry("welcome", EventType.MEET), Map.entry("receive", EventType.MEET),
            Map.entry("host", EventType.MEET), Map.entry("greet", EventType.MEET),
            Map.entry("talk", EventType.TALKS), Map.entry("negotiate", EventType.TALKS), Map.entry("discuss", EventType.TALKS),
            Map.entry("inspect", EventType.INSPECT), Map.entry("examine", EventType.INSPECT),
            Map.entry("say", EventType.STATEMENT), Map.entry("state", EventType.STATEMENT), Map.entry("tell", EventType.STATEMENT),
            Map.entry("announce", EventType.STATEMENT), Map.entry("declare", EventType.STATEMENT),
            Map.entry("stress", EventType.STATEMENT), Map.entry("emphasize", EventType.STATEMENT),
            Map.entry("emphasise", EventType.STATEMENT),
            Map.entry("agree", EventType.AGREE),
            Map.entry("sign", EventType.SIGN), Map.entry("ink", EventType.SIGN),
            Map.entry("deny", EventType.DENY), Map.entry("reject", EventType.DENY), Map.entry("refute", EventType.DENY),
            Map.entry("attack", EventType.ATTACK), Map.entry("strike", EventType.ATTACK), Map.entry("bomb", EventType.ATTACK),
            Map.entry("shell", EventType.ATTACK), Map.entry("invade", EventType.ATTACK), Map.entry("raid", EventType.ATTACK));

    /** Movement verbs that only make an arrival when they name where to ("flew to Beijing"). */
    static final Set<String> NEEDS_PLACE = Lexicon.standard().words("needs-place");

    /** Nouns that name an event ("his visit to Vladivostok", "held talks"). */
    static final Map<String, EventType> NOUNS = Map.ofEntries(
            Map.entry("visit", EventType.VISIT), Map.entry("tour", EventType.VISIT), Map.entry("trip", EventType.VISIT),
            Map.entry("arrival", EventType.ARRIVE), Map.entry("departure", EventType.DEPART),
            Map.entry("meeting", EventType.MEET), Map.entry("summit", EventType.MEET),
            Map.entry("talk", EventType.TALKS), Map.entry("talks", EventType.TALKS),
            Map.entry("negotiation", EventType.TALKS), Map.entry("view", EventType.TALKS),
            Map.entry("inspection", EventType.INSPECT), Map.entry("agreement", EventType.SIGN),
            Map.entry("deal", EventType.SIGN), Map.entry("treaty", EventType.SIGN));

    /** Verbs that lend their subject and time to an event noun: "held talks", "paid a visit", "signed a deal". */
    static final Set<String> LIGHT = Lexicon.standard().words("light-verbs");

    /** Nouns that only name an event after a light verb ("exchanged views", "signed agreements"). */
    static final Set<String> LIGHT_ONLY_NOUNS = Lexicon.standard().words("light-only-nouns");

    /** Verbs that make an agreement happen: "has a deal" is a state, "struck a deal" an event. */
    private static final Set<String> CONCLUDING = Lexicon.standard().words("concluding");

    /** Whether a light verb and an event noun make that event together: not "exchange" + "visit", not "have" + "deal". */
    static boolean lightFits(String verb, String noun) {
        EventType t = NOUNS.get(noun);
        if (t == EventType.SIGN) {
            return CONCLUDING.contains(verb);
        }
        if (noun.equals("view")) {
            return verb.equals("exchange");
        }
        return !verb.equals("exchange") && !CONCLUDING.contains(verb) || verb.equals("conclude") || verb.equals("reach");
    }

    /** Governing words that make what they govern a plan, not a fact: "plans to visit", "is expected to sign". */
    static final Set<String> PLANNING = Lexicon.standard().words("planning");

    /** Auxiliaries and modals that put an event in the future or in the realm of the possible. */
    static final Set<String> MODALS = Lexicon.standard().words("modals");

    /** Adjectives that make an event noun a plan: "the planned visit". */
    static final Set<String> PLANNED_ADJECTIVES = Lexicon.standard().words("planned-adjectives");

    static final Set<String> NEGATIONS = Lexicon.standard().words("negations");

    /** Governing verbs that deny what they govern: "refused to sign". */
    static final Set<String> NEGATING = Lexicon.standard().words("negating");

    static final Set<String> HEDGES = Lexicon.standard().words("hedges");

    static final Set<String> CLAIMING = Lexicon.standard().words("claiming");

    /** Prepositions that introduce where an event happens or arrives. */
    static final Set<String> AT = Lexicon.standard().words("at-prepositions");

    /** Prepositions and heads that lead away from the event's place: "left for Moscow", "in the direction of X". */
    static final Set<String> AWAY = Lexicon.standard().words("away-prepositions");
    static final Set<String> AWAY_HEADS = Lexicon.standard().words("away-heads");

    /** Relations to clauses and words that carry their own event, or none: never searched for places or times. */
    static final Set<String> OTHER_CLAUSES = Lexicon.standard().words("other-clauses");
}
