package dateline.event;

import dateline.reading.Lexicon;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The words that signal an event, and the words around them that change what it means. */
final class Triggers {
    private Triggers() {
    }

    /** A list whose entries are a word and the event it signals: "visit VISIT". */
    private static Map<String, EventType> typed(String list) {
        Map<String, EventType> typed = new HashMap<>();
        for (String entry : Lexicon.standard().words(list)) {
            String[] parts = entry.split("\\s+");
            if (parts.length != 2) {
                throw new IllegalStateException("word list " + list + ": '" + entry + "' is not a word and an event type");
            }
            typed.put(parts[0], EventType.valueOf(parts[1]));
        }
        return Map.copyOf(typed);
    }

    /** Verb lemmas and the event each one signals. */
    static final Map<String, EventType> VERBS = typed("event-verbs");

    /** Movement verbs that only make an arrival when they name where to ("flew to Beijing"). */
    static final Set<String> NEEDS_PLACE = Lexicon.standard().words("needs-place");

    /** Nouns that name an event ("his visit to Vladivostok", "held talks"). */
    static final Map<String, EventType> NOUNS = typed("event-nouns");

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
