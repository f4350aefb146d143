package dateline.reading;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tense of the clause around a word, from the parse: the nearest verb governing the word, its tag and its
 * auxiliaries ("will visit" future; "visited", "has visited", "was visited" past). Without a parse, the sentence's
 * verbs decide.
 */
enum Tense {
    PAST, PRESENT, FUTURE;

    private static final Set<String> FUTURE_AUX = Set.of("will", "'ll", "shall", "wo", "would");
    private static final Set<String> PERFECT_AUX = Set.of("has", "have", "had", "'s", "'ve", "'d");

    /** The tense of the clause holding the character at {@code offset}. */
    static Tense of(Reading r, int offset) {
        for (Sentence s : r.sentences()) {
            if (offset < s.start() || offset >= s.end()) {
                continue;
            }
            int i = tokenAt(s, offset);
            if (i < 0) {
                return PRESENT;
            }
            return s.dependencies().isEmpty() ? ofSentence(s) : ofClause(s, i);
        }
        return PRESENT;
    }

    static int tokenAt(Sentence s, int offset) {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            if (offset < t.get(i).end()) {
                return i;
            }
        }
        return -1;
    }

    private static Tense ofClause(Sentence s, int word) {
        int[] head = new int[s.tokens().size()];
        java.util.Arrays.fill(head, -1);
        for (Dependency d : s.dependencies()) {
            head[d.dependent()] = d.governor();
        }
        int v = word;
        for (int guard = 0; v >= 0 && guard < head.length; guard++) {
            String pos = s.tokens().get(v).pos();
            if (pos != null && (pos.startsWith("VB") || pos.equals("MD"))) {
                return ofVerb(s, v);
            }
            if (pos != null && pos.startsWith("JJ") && v != word) {
                return PRESENT; // "payable Dec. 7", "due Nov. 20": an adjective's date has no tense of its own
            }
            v = head[v];
        }
        return ofSentence(s);
    }

    private static Tense ofVerb(Sentence s, int v) {
        boolean perfect = false, pastAux = false;
        for (Dependency d : s.dependencies()) {
            if (d.governor() != v || !d.relation().startsWith("aux")) {
                continue;
            }
            Token aux = s.tokens().get(d.dependent());
            String w = aux.word().toLowerCase(Locale.ROOT);
            if (FUTURE_AUX.contains(w)) {
                return FUTURE;
            }
            if (PERFECT_AUX.contains(w)) {
                perfect = true;
            }
            if ("VBD".equals(aux.pos())) {
                pastAux = true;
            }
        }
        String pos = s.tokens().get(v).pos();
        if (pastAux || "VBD".equals(pos) || perfect && "VBN".equals(pos)) {
            return PAST;
        }
        if (intends(s, v) || INTENT.contains(s.tokens().get(v).lemma() == null ? "" : s.tokens().get(v).lemma().toLowerCase(Locale.ROOT))) {
            return FUTURE;
        }
        return PRESENT;
    }

    // "is going to visit", "is due to arrive", "plans to": a planned event.
    private static final Set<String> INTENT = Set.of("plan", "expect", "schedule", "due", "go", "intend", "hope", "aim");

    /** The verb is the complement of a verb of intent ("plans to visit", "is expected to arrive"). */
    private static boolean intends(Sentence s, int v) {
        for (Dependency d : s.dependencies()) {
            if (d.dependent() == v && d.relation().equals("xcomp") && d.governor() >= 0) {
                Token gov = s.tokens().get(d.governor());
                if (INTENT.contains(gov.lemma() == null ? "" : gov.lemma().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Tense ofSentence(Sentence s) {
        boolean past = false;
        for (Token t : s.tokens()) {
            if (FUTURE_AUX.contains(t.word().toLowerCase(Locale.ROOT)) && "MD".equals(t.pos())) {
                return FUTURE;
            }
            past |= "VBD".equals(t.pos());
        }
        return past ? PAST : PRESENT;
    }
}
