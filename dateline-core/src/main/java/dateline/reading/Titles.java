package dateline.reading;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static dateline.reading.TokenShapes.isAcronymRun;
import static dateline.reading.TokenShapes.lower;
import static dateline.reading.TokenShapes.startsName;

/**
 * The grammar of capitalised titles: "Foreign Secretary", "Minister for the Middle East", "the President of Syria".
 * A title names a person (its holder), not the place or body inside it.
 */
final class Titles {
    private static final Titles STANDARD = new Titles(Lexicon.standard());
    private static final Set<String> JOINING = Set.of("of", "for", "and", "&");
    private static final Set<String> OF = Set.of("of", "for");

    /** Nouns of offices that head a title: the role nouns of people and a few offices more. */
    private final Set<String> heads;
    private final Set<String> ministerial;

    Titles(Lexicon lexicon) {
        Set<String> h = new HashSet<>(lexicon.words("person-roles"));
        h.addAll(lexicon.words("title-only-heads"));
        heads = Set.copyOf(h);
        ministerial = lexicon.words("ministerial-offices");
    }

    /** The titles of the standard lexicon, for the records that ask whether a name is one. */
    static Titles standard() {
        return STANDARD;
    }

    /**
     * The end (exclusive) of a capitalised title starting at token {@code i}, or {@code i} when none starts there:
     * capitalised words ending in an office noun ("U.S. Secretary", "Inherent Resolve Commander", "Prime Minister"),
     * then "of" or "for" and a place or a one-word department ("of State", "for the Middle East", "of Syria"). It
     * stops before the holder's name ("Foreign Secretary | Boris Johnson") and before a name of several words that
     * is an organisation of its own ("Chief Executive Officer | of General Motors"). An office noun followed by
     * another capitalised word ("General Motors", "Secretary General") is not the end of a title.
     */
    int end(List<Token> t, int i) {
        if (i > 0 && isTitleWord(t.get(i - 1)) || i > 1 && JOINING.contains(t.get(i - 1).word()) && startsName(t, i - 2)) {
            return i; // titles start at the first capitalised word, not inside "Museum of Flight"
        }
        int head = -1;
        int k = i;
        while (k < t.size() && (isTitleWord(t.get(k)) || isDepartmentWord(t.get(k)))) {
            if (heads.contains(lower(t.get(k)))) {
                head = k;
            }
            k++;
        }
        boolean ministry = head >= 0 && ministerial.contains(lower(t.get(head)));
        if (!ministry) {
            // Only a minister's office takes its department's name in: "Defense Secretary", "FCO Minister"; "Google
            // CEO" is a company and a title.
            for (k = i, head = -1; k < t.size() && isTitleWord(t.get(k)); k++) {
                if (heads.contains(lower(t.get(k)))) {
                    head = k;
                }
            }
        }
        if (head < 0 || head + 1 < k || k < t.size() && startsName(t, k) && NerClass.of(t.get(k)) != NerClass.PERSON) {
            return i; // no office noun, or one followed by more capitalised words: "General Motors"
        }
        int end = head + 1;
        if (end + 1 < t.size() && OF.contains(t.get(end).word())) {
            int from = end + 1 < t.size() && t.get(end + 1).word().equals("the") ? end + 2 : end + 1;
            int to = from;
            while (to < t.size() && startsName(t, to) && NerClass.of(t.get(to)) != NerClass.PERSON) {
                to++;
            }
            NerClass tag = to > from ? NerClass.of(t.get(from)) : NerClass.NONE;
            // A minister's department ("Secretary of State") is part of the title; a company ("Vice Chairman of
            // Chrysler", "CEO of GM") is a name of its own.
            boolean department = to - from == 1 && ministerial.contains(lower(t.get(head))) && !isAcronymRun(t, from, to);
            if (to > from && (tag != NerClass.ORGANIZATION || department)) {
                end = to;
            }
        }
        return end;
    }

    /** Whether a mention's text is a title ("Foreign Secretary", "President of Syria") rather than a name. */
    boolean isTitle(String mention) {
        String[] w = mention.strip().split("(?U)\\s+");
        String head = null;
        for (String x : w) {
            if (OF.contains(x)) {
                break;
            }
            head = x;
        }
        return head != null && Character.isUpperCase(head.charAt(0)) && heads.contains(head.toLowerCase(Locale.ROOT));
    }

    /** A capitalised word the tagger read as an organisation's: "Defense" of "Defense Secretary". */
    private static boolean isDepartmentWord(Token x) {
        return NerClass.of(x) == NerClass.ORGANIZATION && Character.isUpperCase(x.word().charAt(0))
                && x.pos().startsWith("NNP");
    }

    /**
     * A capitalised word that can be part of a title: "Foreign", "Iraqi", "Deputy". A place or body the tagger found
     * before the office ("U.S. Senator", "NASA Administrator") stays a mention of its own, unless it is a minister's
     * department ({@link #isDepartmentWord}).
     */
    private boolean isTitleWord(Token x) {
        String w = x.word();
        NerClass ner = NerClass.of(x);
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || ner != NerClass.NONE && ner != NerClass.MISC) {
            return false;
        }
        return x.pos().startsWith("NNP") || x.pos().startsWith("JJ") || heads.contains(w.toLowerCase(Locale.ROOT));
    }
}
