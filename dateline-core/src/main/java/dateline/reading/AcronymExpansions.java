package dateline.reading;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Names spelt out by an acronym the text uses: each run of three or more capitalised words whose initials spell it is
 * one organisation's name (an operation's when it says "Operation"). "The Islamic State of Iraq and the Levant
 * (ISIL)" is one name, not a state of Iraq and a person called Levant, and so is "the Islamic State of Iraq and
 * Levant" in a text that says "ISIL" elsewhere. Small words inside ("of", "and the") are skipped, as acronyms skip
 * them.
 */
final class AcronymExpansions {
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{3,8}");
    private final Set<String> unspelt;

    AcronymExpansions(Lexicon lexicon) {
        unspelt = lexicon.words("unspelt");
    }

    /** Adds to {@code out} each spelt-out name no mention already covers; returns whether any was added. */
    boolean add(Reading r, List<Mention> out) {
        String text = r.article().text();
        // By last letter: a run can only end in a word that starts with its acronym's last letter.
        Map<Character, Set<String>> acronyms = new HashMap<>();
        for (Sentence s : r.sentences()) {
            for (Token x : s.tokens()) {
                if (ACRONYM.matcher(x.word()).matches()) {
                    acronyms.computeIfAbsent(x.word().charAt(x.word().length() - 1), c -> new TreeSet<>()).add(x.word());
                }
            }
        }
        boolean added = false;
        for (Sentence s : r.sentences()) {
            List<Token> t = s.tokens();
            for (int e = 2; e < t.size() && !acronyms.isEmpty(); e++) {
                String last = t.get(e).word();
                Set<String> ending = last.isEmpty() ? Set.of() : acronyms.getOrDefault(last.charAt(0), Set.of());
                for (String acronym : ending) {
                    int from = spelt(t, e + 1, acronym);
                    if (from < 0 || e + 1 - from <= 2) {
                        continue;
                    }
                    Mention m = Mention.of(text, t.get(from).start(), t.get(e).end(),
                            ContextTyper.operation(t, from, e + 1) ? EntityType.EVENT : EntityType.ORGANIZATION);
                    if (out.stream().noneMatch(m::within)) {
                        out.add(m);
                        added = true;
                    }
                }
            }
        }
        return added;
    }

    /** The first token of the run ending before token {@code end} whose initials spell {@code acronym}, or -1. */
    private int spelt(List<Token> t, int end, String acronym) {
        int letter = acronym.length() - 1;
        int k = end - 1;
        while (k >= 0 && letter >= 0) {
            String w = t.get(k).word();
            if (unspelt.contains(w) && letter < acronym.length() - 1) {
                k--;
                continue;
            }
            if (w.isEmpty() || w.charAt(0) != acronym.charAt(letter)) {
                return -1;
            }
            letter--;
            k--;
        }
        return letter < 0 ? k + 1 : -1;
    }
}
