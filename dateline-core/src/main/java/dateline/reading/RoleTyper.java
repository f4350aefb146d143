package dateline.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Types names by what the whole document does with them, once coreference has gathered their mentions. Two news
 * conventions that a tagger looking at one mention cannot see:
 * <ul>
 * <li>A one-word "person" whom the text never gives a second name, a title or a pronoun, but fights, defeats, counts
 * the fighters of, takes with a plural verb, or credits with holding ground or claiming an attack, is a group: "the
 * fight against Daesh", "Daesh fighters", "Daesh are losing", "a city controlled by Daesh", "Daesh has claimed
 * responsibility".</li>
 * <li>A country that acts stands for its state or government: the subject or object of a deed, the partner "with"
 * or the agent "by" of one, the country of an office ("the Foreign Minister of Iran"), a modifier of a common noun
 * ("UK support"), and every member of a list that does ("a ceasefire announced by Russia and Turkey"). A country in a
 * phrase of location ("in Syria", "Raqqa, Syria") stays ground. These mentions go to
 * {@link Entity#asOrganization()}.
 * Towns are left as ground: in news they are where things happen far more often than who does them.</li>
 * </ul>
 * Both read the dependency parse or the words next to the name, never a list of names.
 */
final class RoleTyper {
    /** Nouns a group's name modifies and a person's does not: "ISIL fighters", "Daesh targets". */
    private static final Set<String> GROUP_NOUNS = Lexicon.standard().words("group-nouns");
    /** Plural verbs after a one-word name: a group taken as its members, as British English does ("ISIL are losing"). */
    private static final Set<String> PLURAL_VERBS = Lexicon.standard().words("plural-verbs");
    /** Participles before "by X" whose agent is a group: territory and attacks are "controlled by" and "claimed by". */
    private static final Set<String> HELD_BY = Lexicon.standard().words("held-by");
    /** Words right before a name that fight a group: "against Daesh", "defeat Daesh", "counter ISIL". */
    private static final Set<String> AGAINST = Lexicon.standard().words("against");
    /**
     * Prepositions whose object takes part in a deed: "with Turkey", "by Russia", "between the UK and France", "the
     * international community, including Russia".
     */
    private static final Set<String> PARTNER_CASES = Lexicon.standard().words("partner-cases");
    /** Verbs whose object is ground or a topic, not a party: "visited Syria", "left Iraq", "discussed Libya". */
    private static final Set<String> MOTION_VERBS = Lexicon.standard().words("motion-verbs");
    /** Prepositions of place: a name right after one is ground, however the parser attached it ("Near Mosul, …"). */
    private static final Set<String> PLACE_PREPOSITIONS = Lexicon.standard().words("ground-prepositions");
    /** Nouns of a country's ground, people or past, after its possessive: "Syria's north", "Iraq's civilians". */
    private static final Set<String> PLACE_NOUNS = Lexicon.standard().words("place-nouns");
    private static final Set<String> PERSON_ROLES = Lexicon.standard().words("person-roles");
    private static final Set<String> GROUND_NOUNS = Lexicon.standard().words("ground-nouns");
    private static final Set<String> PERSONAL_PRONOUNS = Lexicon.standard().words("personal-pronouns");

    Reading type(Reading r) {
        String text = r.article().text();
        List<Entity> out = new ArrayList<>(r.entities().size());
        for (Entity e : r.entities()) {
            if (e.type() == EntityType.PERSON && isGroup(text, r, e)) {
                e = new Entity(e.id(), e.name(), EntityType.ORGANIZATION, e.aliases(), e.mentions(), e.geo());
            } else if (e.type() == EntityType.LOCATION && isCountry(e)) {
                List<Span> acting = new ArrayList<>();
                for (Span m : e.mentions()) {
                    if (acts(r, m)) {
                        acting.add(m);
                    }
                }
                if (!acting.isEmpty()) {
                    e = new Entity(e.id(), e.name(), e.type(), e.aliases(), e.mentions(), e.geo(), acting);
                }
            }
            out.add(e);
        }
        return r.withEntities(out);
    }

    /** Whether the place is a country: "United States", "U.S.", "DPRK". */
    private static boolean isCountry(Entity e) {
        return Countries.code(e.name()) != null || e.aliases().stream().anyMatch(a -> Countries.code(a) != null);
    }

    /** A one-word name with no sign of a person and at least one sign of a group. */
    private static boolean isGroup(String text, Reading r, Entity e) {
        if (e.name().strip().contains(" ") || e.aliases().stream().anyMatch(a -> a.strip().contains(" "))) {
            return false; // a second name or a title: "Bashar al-Assad", "President Assad"
        }
        boolean cue = false;
        for (Span m : e.mentions()) {
            String w = text.substring(m.start(), m.end()).toLowerCase(Locale.ROOT);
            if (PERSONAL_PRONOUNS.contains(w)) {
                return false;
            }
            Sentence s = r.sentenceAt(m.start());
            Run span = s == null ? null : tokens(s, m);
            if (span == null) {
                continue;
            }
            List<Token> t = s.tokens();
            int i = span.from(), j = span.to();
            cue |= j < t.size() && (GROUP_NOUNS.contains(TokenShapes.lower(t.get(j)))
                    || PLURAL_VERBS.contains(TokenShapes.lower(t.get(j))))
                    || i > 0 && AGAINST.contains(TokenShapes.lower(t.get(i - 1)))
                    || i > 1 && TokenShapes.lower(t.get(i - 1)).equals("of")
                    && AGAINST.contains(TokenShapes.lower(t.get(i - 2)))
                    || i > 1 && TokenShapes.lower(t.get(i - 1)).equals("by") && HELD_BY.contains(TokenShapes.lower(t.get(i - 2)))
                    || j + 1 < t.size() && TokenShapes.lower(t.get(j + 1)).equals("responsibility")
                    && TokenShapes.lower(t.get(j)).equals("claimed")
                    || j + 2 < t.size() && TokenShapes.lower(t.get(j + 2)).equals("responsibility")
                    && TokenShapes.lower(t.get(j + 1)).equals("claimed");
        }
        return cue;
    }

    /** Whether the place mention {@code m} is a party to what its clause tells. */
    private static boolean acts(Reading r, Span m) {
        Sentence s = r.sentenceAt(m.start());
        Run span = s == null || s.dependencies().isEmpty() ? null : tokens(s, m);
        if (span == null) {
            return false;
        }
        List<Token> t = s.tokens();
        int head = head(s, span.from(), span.to());
        Dependency first = governorOf(s, head);
        if (span.from() > 0 && PLACE_PREPOSITIONS.contains(TokenShapes.lower(t.get(span.from() - 1)))
                || span.from() > 1 && t.get(span.from() - 1).word().equals(",") && first != null
                && !first.relation().equals("conj") && t.get(span.from() - 2).pos().startsWith("NNP")
                && !isCountryBefore(r.article().text(), t, span.from() - 2)) {
            return false; // "in Syria"; "Raqqah, Syria", which is no list; "Iran, Saudi Arabia" is one
        }
        for (int hops = 0; hops < 8; hops++) {
            Dependency up = governorOf(s, head);
            if (up == null || up.governor() < 0) {
                return false;
            }
            String rel = up.relation();
            Token gov = s.tokens().get(up.governor());
            if (rel.equals("conj") || rel.equals("appos") || rel.equals("compound") && hyphenPair(s, head, up.governor())) {
                // A member of a list plays the first member's part, and the parser reads many lists of names as
                // appositions; "UK-France co-operation" has two parties.
                head = up.governor();
                continue;
            }
            if (rel.equals("nmod:poss")) { // "the UK's commitment", not "Syria's north"
                String noun = gov.lowerLemma();
                return !gov.pos().startsWith("NNP") && !GROUND_NOUNS.contains(noun) && !PLACE_NOUNS.contains(noun);
            }
            if (rel.startsWith("nsubj") || rel.equals("compound") && !gov.pos().startsWith("NNP")) {
                return true; // "Turkey is a key player", "the UK is committed", "UK support", "a U.S.-Iraq partnership"
            }
            if (rel.equals("dobj") || rel.equals("obj") || rel.equals("iobj")) {
                return gov.pos().startsWith("VB") && !MOTION_VERBS.contains(gov.lowerLemma());
            }
            if (rel.startsWith("nmod") || rel.startsWith("obl")) {
                String c = caseOf(s, head);
                return c != null && (PARTNER_CASES.contains(c) || c.equals("of") && holdsOffice(s, up.governor()));
            }
            return false;
        }
        return false;
    }

    /** Whether the place name that ends at token {@code k} is a country's. */
    private static boolean isCountryBefore(String text, List<Token> t, int k) {
        int i = k;
        while (i > 0 && NerClass.of(t.get(i - 1)) == NerClass.LOCATION) {
            i--;
        }
        return Countries.code(text.substring(t.get(i).start(), t.get(k).end())) != null;
    }

    /** "UK-France", "U.S.-Iraq": two names joined by a hyphen, the first a modifier of the second. */
    private static boolean hyphenPair(Sentence s, int first, int second) {
        List<Token> t = s.tokens();
        return second == first + 2 && t.get(first + 1).word().equals("-") && t.get(second).pos().startsWith("NNP");
    }

    /** Whether token {@code k} names an office, or hangs off one: "Ministers of Foreign Affairs | of Iran". */
    private static boolean holdsOffice(Sentence s, int k) {
        for (int hops = 0; hops < 3 && k >= 0; hops++) {
            if (PERSON_ROLES.contains(TokenShapes.lower(s.tokens().get(k)).replaceFirst("s$", ""))) {
                return true;
            }
            Dependency up = governorOf(s, k);
            if (up == null || !(up.relation().startsWith("nmod") || up.relation().equals("compound"))) {
                return false;
            }
            k = up.governor();
        }
        return false;
    }

    /** The token of [i, j) whose governor lies outside it: "States" of "United States". */
    private static int head(Sentence s, int i, int j) {
        for (int k = j - 1; k >= i; k--) {
            Dependency d = governorOf(s, k);
            if (d == null || d.governor() < i || d.governor() >= j) {
                return k;
            }
        }
        return j - 1;
    }

    private static Dependency governorOf(Sentence s, int token) {
        for (Dependency d : s.dependencies()) {
            if (d.dependent() == token) {
                return d;
            }
        }
        return null;
    }

    /** The preposition that marks token {@code k}, lower-cased, or null. */
    private static String caseOf(Sentence s, int k) {
        for (Dependency d : s.dependencies()) {
            if (d.governor() == k && d.relation().equals("case")) {
                return TokenShapes.lower(s.tokens().get(d.dependent()));
            }
        }
        return null;
    }

    /** Tokens [from, to) of a sentence. */
    private record Run(int from, int to) {
    }

    /** The tokens that the span covers, or null when it falls between tokens. */
    private static Run tokens(Sentence s, Span m) {
        List<Token> t = s.tokens();
        int i = -1, j = -1;
        for (int k = 0; k < t.size(); k++) {
            if (i < 0 && t.get(k).end() > m.start()) {
                i = k;
            }
            if (t.get(k).start() < m.end()) {
                j = k + 1;
            }
        }
        return i < 0 || j <= i ? null : new Run(i, j);
    }
}
