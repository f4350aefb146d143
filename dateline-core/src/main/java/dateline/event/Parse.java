package dateline.event;

import dateline.reading.Dependency;
import dateline.reading.Sentence;
import dateline.reading.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One sentence's dependency tree, navigable both ways: heads, relations and children per token. */
final class Parse {
    final Sentence sentence;
    private final int[] head;
    private final String[] relation;
    private final List<List<Integer>> children;

    Parse(Sentence sentence) {
        this.sentence = sentence;
        int n = sentence.tokens().size();
        head = new int[n];
        relation = new String[n];
        Arrays.fill(head, -1);
        Arrays.fill(relation, "");
        children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            children.add(new ArrayList<>(2));
        }
        for (Dependency d : sentence.dependencies()) {
            if (d.dependent() < 0 || d.dependent() >= n) {
                continue;
            }
            head[d.dependent()] = d.governor();
            relation[d.dependent()] = d.relation();
            if (d.governor() >= 0 && d.governor() < n) {
                children.get(d.governor()).add(d.dependent());
            }
        }
    }

    int size() {
        return head.length;
    }

    Token token(int i) {
        return sentence.tokens().get(i);
    }

    String lemma(int i) {
        return token(i).lowerLemma();
    }

    String pos(int i) {
        return token(i).pos() == null ? "" : token(i).pos();
    }

    boolean isVerb(int i) {
        return pos(i).startsWith("VB");
    }

    boolean isNoun(int i) {
        return pos(i).startsWith("NN");
    }

    int head(int i) {
        return head[i];
    }

    /** The relation to the head, "" for the root. */
    String relation(int i) {
        return relation[i];
    }

    /** The relation without its subtype: "obl:tmod" → "obl". */
    String baseRelation(int i) {
        String r = relation[i];
        int colon = r.indexOf(':');
        return colon < 0 ? r : r.substring(0, colon);
    }

    List<Integer> children(int i) {
        return children.get(i);
    }

    /** Children whose relation is exactly one of these. */
    List<Integer> children(int i, String... relations) {
        List<Integer> out = new ArrayList<>();
        for (int c : children.get(i)) {
            for (String r : relations) {
                if (relation[c].equals(r)) {
                    out.add(c);
                    break;
                }
            }
        }
        return out;
    }

    boolean hasChildLemma(int i, String relationPrefix, java.util.Set<String> lemmas) {
        for (int c : children.get(i)) {
            if (relation[c].startsWith(relationPrefix) && lemmas.contains(lemma(c))) {
                return true;
            }
        }
        return false;
    }

    /** The preposition of a nominal ("in" for "in Vladivostok"), "" when none. */
    String caseOf(int i) {
        for (int c : children.get(i)) {
            if (relation[c].equals("case")) {
                return lemma(c);
            }
        }
        return "";
    }

    /** Whether a clause has a subject of its own. */
    boolean hasSubject(int i) {
        for (int c : children.get(i)) {
            if (relation[c].startsWith("nsubj") || relation[c].startsWith("csubj")) {
                return true;
            }
        }
        return false;
    }
}
