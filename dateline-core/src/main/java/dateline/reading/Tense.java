package dateline.reading;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tense of the clause around a word, from the parse: the nearest finite verb governing the word, its tag and its
 * auxiliaries ("will visit" future; "visited", "has visited", "has been visiting", "was visited" past). A verb with no
 * tense of its own (an infinitive, a bare participle) takes its governor's, so a date in reported or embedded speech
 * follows the clause it hangs from; plans and arrangements look ahead whatever their tense ("plans to visit", "is to
 * resume", "postponed until", "was planned for"); an infinitive set up by a past verb ("agreed to buy in January")
 * gives no cue either way. Without a parse, the sentence's verbs decide.
 */
enum Tense {
    PAST, PRESENT, FUTURE;

    private static final Set<String> FUTURE_AUX = Lexicon.standard().words("future-aux");
    // "may arrive Tuesday": a possibility still open; "could" is as often the past of "can".
    private static final Set<String> MAYBE_AUX = Lexicon.standard().words("maybe-aux");
    private static final Set<String> PERFECT_AUX = Lexicon.standard().words("perfect-aux");

    /** The tense of the clause holding the character at {@code offset}. */
    static Tense of(Reading r, int offset) {
        Sentence s = r.sentenceAt(offset);
        int i = s == null ? -1 : tokenAt(s, offset);
        if (i < 0) {
            return PRESENT;
        }
        return s.dependencies().isEmpty() ? ofSentence(s) : ofClause(s, i);
    }

    /**
     * Whether the clause holding the character at {@code offset} is in the present perfect ("has kept the markets
     * closed until Friday"): a state that reaches the present, so an "until" in it looks ahead.
     */
    static boolean presentPerfect(Reading r, int offset) {
        Sentence s = r.sentenceAt(offset);
        int i = s == null || s.dependencies().isEmpty() ? -1 : tokenAt(s, offset);
        int[] head = i < 0 ? new int[0] : heads(s);
        for (int v = i, guard = 0; v >= 0 && guard < head.length; v = head[v], guard++) {
            String pos = s.tokens().get(v).pos();
            if (pos == null || !pos.startsWith("VB")) {
                continue;
            }
            for (Dependency d : s.dependencies()) {
                if (d.governor() == v && d.relation().startsWith("aux")) {
                    String w = s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT);
                    if (w.equals("has") || w.equals("have") || w.equals("'ve")) {
                        return true;
                    }
                }
            }
            final int verb = v;
            if (s.dependencies().stream().anyMatch(d -> d.governor() == verb && d.relation().startsWith("nsubj"))) {
                return false; // a clause of its own, with its own tense ("closed" without a subject is a participle)
            }
        }
        return false;
    }

    /** Each token's governor in the parse, -1 for the root and for tokens the parse leaves out. */
    private static int[] heads(Sentence s) {
        int[] head = new int[s.tokens().size()];
        java.util.Arrays.fill(head, -1);
        for (Dependency d : s.dependencies()) {
            head[d.dependent()] = d.governor();
        }
        return head;
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
        for (Dependency d : s.dependencies()) {
            if (d.governor() == word && d.relation().equals("cop")) {
                // "the launch day is Tuesday", "the deadline is Friday": a day named as what a present thing is lies
                // ahead; "the vote was Tuesday" behind.
                String pos = s.tokens().get(d.dependent()).pos();
                return "VBZ".equals(pos) || "VBP".equals(pos) ? FUTURE : "VBD".equals(pos) ? PAST : PRESENT;
            }
        }
        int[] head = heads(s);
        int v = word;
        int lastVerb = -1;
        boolean infinitive = false;
        for (int guard = 0; v >= 0 && guard < head.length; guard++) {
            String pos = s.tokens().get(v).pos();
            if (pos != null && (pos.startsWith("VB") || pos.equals("MD")) || v != word && hasAux(s, v)) {
                Tense t = ofVerb(s, v, head);
                if (t != null) {
                    // "agreed to buy the bank in January": what a past decision sets up may lie on either side
                    // of the publication date; but what one "tried to" or "failed to" do happened then.
                    boolean setUp = infinitive && !SAME_TIME.contains(s.tokens().get(v).lowerLemma());
                    return t == PAST && setUp ? PRESENT : t;
                }
                infinitive |= hasMarker(s, v, "to");
                lastVerb = v;
            } else if (pos != null && pos.startsWith("JJ") && v != word && lastVerb < 0) {
                return PRESENT; // "payable Dec. 7", "due Nov. 20": an adjective's date has no tense of its own
            }
            v = head[v];
        }
        if (lastVerb >= 0) {
            // A headline's bare participle reports what happened ("Tanker seized Tuesday").
            return "VBN".equals(s.tokens().get(lastVerb).pos()) ? PAST : PRESENT;
        }
        return ofSentence(s);
    }

    private static boolean hasMarker(Sentence s, int v, String word) {
        for (Dependency d : s.dependencies()) {
            if (d.governor() == v && d.relation().equals("mark") && s.tokens().get(d.dependent()).word().equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    /** "would be ready", "was late": a predicate adjective or noun carries its clause's tense on its auxiliaries. */
    private static boolean hasAux(Sentence s, int v) {
        for (Dependency d : s.dependencies()) {
            if (d.governor() == v && (d.relation().startsWith("aux") || d.relation().equals("cop"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The tense a verb gives its clause, or null when the verb is not finite (an infinitive, a participle without
     * auxiliary): then the verb it hangs from decides ("the service planned for Saturday was cancelled").
     */
    private static Tense ofVerb(Sentence s, int v, int[] head) {
        boolean perfect = false, pastAux = false, aux = false, modal = false, passive = false;
        for (Dependency d : s.dependencies()) {
            if (d.governor() != v || !d.relation().startsWith("aux") && !d.relation().equals("cop")) {
                continue;
            }
            Token a = s.tokens().get(d.dependent());
            String w = a.word().toLowerCase(Locale.ROOT);
            if (w.equals("to")) {
                continue; // the infinitive marker is no tense
            }
            aux = true;
            passive |= d.relation().equals("aux:pass");
            if (FUTURE_AUX.contains(w)) {
                return FUTURE;
            }
            modal |= MAYBE_AUX.contains(w);
            perfect |= PERFECT_AUX.contains(w);
            pastAux |= "VBD".equals(a.pos());
        }
        Token verb = s.tokens().get(v);
        String pos = verb.pos();
        String lemma = verb.lowerLemma();
        String word = verb.word().toLowerCase(Locale.ROOT);
        if ("MD".equals(pos) && (FUTURE_AUX.contains(word) || MAYBE_AUX.contains(word))) {
            return FUTURE; // a parse gone astray may leave the modal itself in the verb's place ("Spain -> will -> be")
        }
        if (intends(s, v) || beTo(s, v, head)) {
            return FUTURE;
        }
        boolean finite = aux || "VBD".equals(pos) || "VBZ".equals(pos) || "VBP".equals(pos) || "MD".equals(pos);
        if (!finite) {
            // "the accord signed Feb. 23": a participle describing a noun happened; but "the service planned for
            // Saturday" takes its time from the clause around it.
            return "VBN".equals(pos) && relation(s, v).equals("acl") && !INTENT.contains(lemma) ? PAST : null;
        }
        if (DEFERS.contains(lemma) || passive && PLANNED.contains(lemma)) {
            // "postponed the vote until Tuesday", "has scheduled a hearing Thursday", "was planned for March": a date
            // to come
            return FUTURE;
        }
        if (pastAux || "VBD".equals(pos) || perfect) {
            return PAST;
        }
        if (modal || INTENT.contains(lemma)) {
            return FUTURE; // "may arrive Tuesday", "is expected Monday"
        }
        return PRESENT;
    }

    // Verbs whose infinitive happens (or fails to) when they do: "tried to enter California on May 16".
    private static final Set<String> SAME_TIME = Lexicon.standard().words("same-time");

    // "is going to visit", "is due to arrive", "plans to", "is set to resume": a planned event.
    private static final Set<String> INTENT = Lexicon.standard().words("intent-words");
    // Passives of planning: "was planned for March", "is slated for Tuesday".
    private static final Set<String> PLANNED = Lexicon.standard().words("planned-participles");
    // Verbs that move or fix a date ahead: whatever their tense, the date they govern is still to come.
    private static final Set<String> DEFERS = Lexicon.standard().words("defers");

    private static String relation(Sentence s, int v) {
        for (Dependency d : s.dependencies()) {
            if (d.dependent() == v) {
                return d.relation();
            }
        }
        return "";
    }

    /** The verb is the complement of a verb of intent ("plans to visit", "is expected to arrive"). */
    private static boolean intends(Sentence s, int v) {
        for (Dependency d : s.dependencies()) {
            if (d.dependent() == v && d.relation().equals("xcomp") && d.governor() >= 0) {
                Token gov = s.tokens().get(d.governor());
                if (INTENT.contains(gov.lowerLemma())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "is to resume trading Tuesday": "be" with a to-infinitive is an arrangement for the future. */
    private static boolean beTo(Sentence s, int v, int[] head) {
        if (hasMarker(s, v, "to") && s.dependencies().stream().anyMatch(d -> d.governor() == v
                && d.relation().equals("aux") && "be".equalsIgnoreCase(s.tokens().get(d.dependent()).lemma()))) {
            return true; // parsed as an auxiliary: "is -aux-> resume", "to -mark-> resume"
        }
        int gov = head[v];
        if (gov < 0 || !"be".equalsIgnoreCase(s.tokens().get(gov).lemma()) || gov > v) {
            return false;
        }
        return v > 0 && s.tokens().get(v - 1).word().equalsIgnoreCase("to")
                && s.dependencies().stream().anyMatch(d -> d.dependent() == v && d.relation().equals("xcomp"));
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
