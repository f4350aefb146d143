package dateline.reading;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dateline.reading.Cluster.words;

/**
 * Occurrences of a known name that the tagger left untagged ("Jobs" once "Steve Jobs" is known, "Apple" in a
 * headline, "the SRTF" once "Syria Recovery Trust Fund (SRTF)" is known): same spelling, proper-noun tags, not inside
 * another mention. They join the cluster of the name they repeat, with its type.
 */
final class NameRecurrences {
    private NameRecurrences() {
    }

    static void find(ClusterSet set, Tokens tokens) {
        String text = set.text;
        Map<String, Cluster> known = known(set);
        BitSet covered = new BitSet(text.length());
        set.ofMention.keySet().forEach(s -> covered.set(s.start(), s.end()));
        set.all.forEach(c -> c.others.forEach(s -> covered.set(s.start(), s.end()))); // acronyms in parentheses
        set.titles.forEach(s -> covered.set(s.start(), s.end())); // "Canada" in "Prime Minister of Canada"
        for (int si = 0; si < tokens.sentences(); si++) {
            List<Token> t = tokens.sentence(si).tokens();
            for (int k = 0; k < t.size(); k++) {
                for (int len = Math.min(4, t.size() - k); len >= 1; len--) {
                    int start = t.get(k).start(), end = t.get(k + len - 1).end();
                    Cluster c = known.get(text.substring(start, end));
                    if (c == null || !covered.get(start, end).isEmpty() || !allProper(t, k, k + len)) {
                        continue;
                    }
                    Cluster root = c.root();
                    EntityType type = set.type(root);
                    root.names.add(new Span(start, end));
                    root.types.add(type);
                    set.ofMention.put(new Span(start, end), root);
                    covered.set(start, end);
                    k += len - 1;
                    break;
                }
            }
        }
    }

    /** Every name as written, a person's surname too, and every acronym, with the cluster it names. */
    private static Map<String, Cluster> known(ClusterSet set) {
        Map<String, Cluster> known = new HashMap<>();
        for (Cluster c : set.all) {
            Cluster root = c.root();
            EntityType type = set.type(root);
            c.acronyms.forEach(a -> known.putIfAbsent(a, root));
            for (Span s : c.names) {
                String n = set.at(s);
                known.putIfAbsent(n, root);
                String[] w = words(n);
                if (type == EntityType.PERSON && w.length > 1 && w[w.length - 1].length() > 2) {
                    known.putIfAbsent(w[w.length - 1], root);
                }
            }
        }
        return known;
    }

    /** Proper nouns, or acronyms whatever their tag: the tagger reads "ISIL" in "ISIL tactical units" as an adjective. */
    private static boolean allProper(List<Token> t, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = t.get(i).word();
            if (!t.get(i).pos().startsWith("NNP") && !w.equals("-") && !TokenShapes.isCapsWord(w)) {
                return false;
            }
        }
        return true;
    }
}
