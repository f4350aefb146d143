package dateline.reading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static dateline.reading.TokenShapes.glue;
import static dateline.reading.TokenShapes.glued;
import static dateline.reading.TokenShapes.isAllCapsWord;
import static dateline.reading.TokenShapes.isCapsWord;
import static dateline.reading.TokenShapes.isLowerWord;
import static dateline.reading.TokenShapes.lower;
import static dateline.reading.TokenShapes.startsName;

/**
 * Finds the name mentions of a reading, left to right through each sentence: the statistical tagger's runs of one
 * class, handed to the {@link ContextTyper} for their type, and the names it misses or splits, which news writes in
 * recognisable shapes — titles ("Foreign Secretary"), ships ("HMS Ocean"), model numbers ("Su-57"), acronyms
 * ("the SRTF"), sites by their address ("Detik.com"), facilities by their noun ("the station Artyom-Primorsky 1").
 * Names spelt out by an acronym the text uses are added after ({@link AcronymExpansions}), and a name inside a longer
 * one gives way to it.
 */
final class MentionScanner {
    /** Model designations: Su-57, A-190, MiG-29, F-16, S-400, Tu-95MS. */
    static final Pattern MODEL = Pattern.compile("[A-Z][A-Za-z]{0,3}-\\d{1,4}[A-Z]{0,3}");
    /** Designations written without a hyphen: A380, GR4, A400M; a product only after a maker's or model's name. */
    static final Pattern DESIGNATION = Pattern.compile("[A-Z]{1,3}\\d{1,4}[A-Z]{0,3}");
    /** The endings of a site's address that news uses as a name. */
    static final String WEB_DOMAINS = "\\.(?:com|net|org|co\\.uk|co|io)";
    /** A site's name written as its address: "Detik.com", "Amazon.com". */
    private static final Pattern WEB_NAME = Pattern.compile("\\p{Lu}[\\p{L}\\d-]*" + WEB_DOMAINS);
    private static final Pattern ROMAN = Pattern.compile("[IVXLC]+");
    /** The plural "s" of an acronym: "VBIEDs". */
    private static final Pattern PLURAL_S = Pattern.compile("(?<=\\p{Lu})s$");

    private final Titles titles;
    private final ContextTyper typer;
    private final AcronymExpansions expansions;
    private final Set<String> weaponAcronyms;
    private final Set<String> holding;
    private final Set<String> numberedNouns;
    private final Set<String> productHeads;
    private final Set<String> facilityHeads;
    private final Set<String> shipPrefixes;
    private final Set<String> notAcronyms;
    private final Set<String> timeZones;

    MentionScanner(Lexicon lexicon, Titles titles) {
        this.titles = titles;
        typer = new ContextTyper(lexicon);
        expansions = new AcronymExpansions(lexicon);
        weaponAcronyms = lexicon.words("weapon-acronyms");
        holding = lexicon.words("holding");
        numberedNouns = lexicon.words("numbered-nouns");
        productHeads = lexicon.words("product-heads");
        facilityHeads = lexicon.words("facility-heads");
        shipPrefixes = lexicon.words("ship-prefixes");
        notAcronyms = lexicon.words("not-acronyms");
        timeZones = lexicon.words("time-zones");
    }

    /** The reading's name mentions, in text order, none inside another. */
    List<Mention> scan(Reading r) {
        List<Mention> out = new ArrayList<>();
        String text = r.article().text();
        for (Sentence s : r.sentences()) {
            List<Token> t = s.tokens();
            int i = 0;
            while (i < t.size()) {
                i = next(text, t, i, out);
            }
        }
        if (expansions.add(r, out)) {
            out.sort(Comparator.comparingInt(Mention::start));
        }
        return outermost(out);
    }

    /** Adds the mention (if any) that starts at token {@code i}; returns the token after it. */
    private int next(String text, List<Token> t, int i, List<Mention> out) {
        int title = titles.end(t, i);
        if (title > i) {
            out.add(mention(text, t, i, title, EntityType.PERSON));
            return title;
        }
        int ship = ship(t, i);
        if (ship > i) {
            out.add(mention(text, t, i, ship, EntityType.PRODUCT));
            return ship;
        }
        if (weaponAcronyms.contains(PLURAL_S.matcher(t.get(i).word()).replaceFirst(""))) {
            // "UAV", "two VBIEDs": kinds of weapon and platform, which the tagger and the acronym rule take for
            // organisations.
            out.add(mention(text, t, i, i + 1, EntityType.PRODUCT));
            return i + 1;
        }
        NerClass tag = NerClass.of(t.get(i));
        if (i + 2 < t.size() && glued(t, i + 1) && holding.contains(lower(t.get(i + 2)))
                && Character.isUpperCase(t.get(i).word().charAt(0))) {
            // "ISIL-held", "U.S.-led": the name before the hyphen holds or leads; the word is not a name.
            out.add(mention(text, t, i, i + 1, tag == NerClass.LOCATION ? EntityType.LOCATION : EntityType.ORGANIZATION));
            return i + 3;
        }
        return tag == NerClass.NONE ? untagged(text, t, i, out) : tagged(text, t, i, tag, out);
    }

    /** A run of tokens the tagger gave one class, cut where a name ends, typed by its context. */
    private int tagged(String text, List<Token> t, int i, NerClass tag, List<Mention> out) {
        int j = i + 1;
        while (j < t.size() && (tag == NerClass.of(t.get(j)) || j > i && glued(t, j))
                && text.substring(t.get(j - 1).end(), t.get(j).start()).indexOf('\n') < 0
                && !countryPair(text, t, i, j) && !(j > i + 1 && typer.isLegalForm(t.get(j - 1)))) {
            j++;
        }
        if (tag == NerClass.ORGANIZATION && i > 0 && typer.isLegalForm(t.get(i - 1)) && j - i >= 2 && j - i <= 3) {
            tag = NerClass.PERSON; // "chairman of Chrysler LLC Jim Press": a company's name ends at its legal form
        }
        while (j - 1 > i && t.get(j - 1).word().equals("-")) {
            j--; // a hyphen ends no name: "Delhi-" of "Delhi-based"
        }
        Mention m = typer.type(new Candidate(text, t, i, j, tag));
        if (m != null) {
            out.add(m);
        }
        return j;
    }

    /** Names the tagger left untagged, found by their shape or a noun beside them. */
    private int untagged(String text, List<Token> t, int i, List<Mention> out) {
        int g = glue(t, i);
        String word = text.substring(t.get(i).start(), t.get(g - 1).end());
        if (countries(t, i, g)) {
            // "France", "UK-France" untagged: a country's name is a place whatever the tagger says.
            for (int k = i; k < g; k += 2) {
                out.add(mention(text, t, k, k + 1, EntityType.LOCATION));
            }
            return g;
        }
        if (WEB_NAME.matcher(t.get(i).word()).matches()) {
            out.add(mention(text, t, i, i + 1, EntityType.ORGANIZATION));
            return i + 1;
        }
        int j = i + 1;
        if (MODEL.matcher(word).matches() && !isAllCapsWord(word)) {
            out.add(mention(text, t, i, g, EntityType.PRODUCT));
            j = g;
        } else if (designated(t, i)) {
            // "Tornado GR4", "the Type 45 destroyer": a name and its designation.
            out.add(mention(text, t, i, i + 2, EntityType.PRODUCT));
            j = i + 2;
        } else if (headOfName(t, i)) {
            // "the Museum of Flight", "the Hospital of Saint John", "University of Sheffield": the head noun first,
            // then "of" and a name, which belongs to it whatever its own tag.
            j = i + 2;
            while (j < t.size() && (startsName(t, j) || glued(t, j))) {
                j++;
            }
            String head = lower(t.get(i));
            out.add(mention(text, t, i, j, head.equals("university") || head.equals("academy")
                    ? EntityType.ORGANIZATION : EntityType.FACILITY));
        } else if (startsName(t, i) && i > 0 && facilityHeads.contains(lower(t.get(i - 1)))
                && isLowerWord(t.get(i - 1).word())) {
            // "the station Artyom-Primorsky 1": a name right after a facility noun, numbers included.
            j = glue(t, i);
            while (j < t.size() && (startsName(t, j) || "CD".equals(t.get(j).pos()))) {
                j = glue(t, j);
            }
            out.add(mention(text, t, i, j, EntityType.FACILITY));
        } else if (i > 0 && startsName(t, i) || ContextTyper.operation(t, i, Math.min(i + 2, t.size()))
                && startsName(t, i + 1)) {
            // A name the tagger missed, typed only by a head noun after it: "Sukhoi aircraft maker"; or by
            // "Operation" before it, which may open a sentence.
            while (j < t.size() && (startsName(t, j) || glued(t, j)) && NerClass.of(t.get(j)) == NerClass.NONE) {
                j++;
            }
            Mention m = typer.type(new Candidate(text, t, i, j, NerClass.NONE));
            if (m != null) {
                out.add(m);
            } else if (acronym(t, i)) {
                j = i + 1;
                out.add(mention(text, t, i, i + 1, EntityType.ORGANIZATION));
            }
        } else if (acronym(t, i)) {
            out.add(mention(text, t, i, i + 1, EntityType.ORGANIZATION));
        }
        return j;
    }

    /** A capitalised noun and its designation: "Tornado GR4", "Type 45 destroyer"; not "Highway A1". */
    private boolean designated(List<Token> t, int i) {
        Token x = t.get(i);
        boolean capitalised = !x.word().isEmpty() && Character.isUpperCase(x.word().charAt(0)) && x.pos().startsWith("NN");
        return capitalised && !numberedNouns.contains(lower(x)) && i + 1 < t.size()
                && NerClass.of(t.get(i + 1)) == NerClass.NONE
                && (DESIGNATION.matcher(t.get(i + 1).word()).matches() || i + 2 < t.size()
                && t.get(i + 1).word().matches("\\d{1,4}") && productHeads.contains(lower(t.get(i + 2))));
    }

    /** A capitalised facility noun followed by "of" and a name: "Museum of Flight", "University of Sheffield". */
    private boolean headOfName(List<Token> t, int i) {
        return i + 2 < t.size() && Character.isUpperCase(t.get(i).word().charAt(0))
                && facilityHeads.contains(lower(t.get(i))) && t.get(i + 1).word().equals("of") && startsName(t, i + 2);
    }

    /** The end (exclusive) of a ship's name starting at token {@code i} ("HMS Ocean"), or {@code i}. */
    private int ship(List<Token> t, int i) {
        if (!shipPrefixes.contains(t.get(i).word()) || i + 1 >= t.size() || !startsName(t, i + 1)
                || t.get(i + 1).word().chars().allMatch(c -> !Character.isLowerCase(c))) {
            return i;
        }
        int j = i + 1;
        while (j < t.size() && (startsName(t, j) || j > i + 1 && t.get(j).word().matches("de|da|del|von|van|of")
                && j + 1 < t.size() && startsName(t, j + 1))) {
            j++;
        }
        return j;
    }

    /**
     * An acronym the tagger left untagged ("the SRTF", "CJTF"): a capitalised word of 2 to 6 letters whose
     * neighbours are not capitals too (a shouted headline), no roman numeral, unit, currency or country. News names
     * organisations this way far more often than anything else.
     */
    private boolean acronym(List<Token> t, int i) {
        String w = t.get(i).word();
        return TokenShapes.isAcronymShape(w) && !ROMAN.matcher(w).matches() && !notAcronyms.contains(w)
                && !timeZones.contains(w) && Countries.code(w) == null
                && (t.get(i).pos().startsWith("NNP") || w.length() > 2 && t.get(i).pos().equals("NN"))
                && (i == 0 || !TokenShapes.isAcronymShape(t.get(i - 1).word()) && !isCapsWord(t.get(i - 1).word()))
                && (i + 1 >= t.size() || !isCapsWord(t.get(i + 1).word()));
    }

    /**
     * Whether the hyphenated word [i, g) is one or more countries' names standing alone as proper nouns: not part of a
     * longer name, so "Michael Jordan" or "Georgia Tech" are left to the tagger.
     */
    private static boolean countries(List<Token> t, int i, int g) {
        if (i > 0 && t.get(i - 1).pos().startsWith("NNP") || g < t.size() && t.get(g).pos().startsWith("NNP")) {
            return false;
        }
        for (int k = i; k < g; k += 2) {
            if (!t.get(k).pos().startsWith("NNP") || Countries.code(t.get(k).word()) == null) {
                return false;
            }
        }
        return true;
    }

    /** "UK-France", "U.S.-Iraq": two countries that a hyphen pairs, not one name (as "Guinea-Bissau" is). */
    private static boolean countryPair(String text, List<Token> t, int i, int j) {
        return glued(t, j) && Countries.code(text.substring(t.get(i).start(), t.get(j - 1).end())) != null
                && Countries.code(t.get(j + 1).word()) != null;
    }

    /**
     * The mentions that lie inside no other: a facility or product name that swallowed the names before it ("the
     * Yuri Gagarin … Aircraft Plant") leaves no person behind.
     */
    private static List<Mention> outermost(List<Mention> mentions) {
        List<Mention> kept = new ArrayList<>();
        for (Mention m : mentions) {
            boolean inside = mentions.stream().anyMatch(o -> o != m && m.within(o)
                    && o.end() - o.start() > m.end() - m.start());
            if (!inside) {
                kept.add(m);
            }
        }
        return kept;
    }

    private static Mention mention(String text, List<Token> t, int from, int to, EntityType type) {
        return Mention.of(text, t.get(from).start(), t.get(to - 1).end(), type);
    }
}
