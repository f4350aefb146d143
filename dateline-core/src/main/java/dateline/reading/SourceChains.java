package dateline.reading;

import java.util.ArrayList;
import java.util.List;

/**
 * Claims and the chains of sources they are attributed to, outermost first: "X reported, citing Y" → [X, Y];
 * "according to X" → [X]; "X quoted Y as saying" → [X, Y]; "According to X, Y said that …" → [X, Y]. The claim is the
 * reported clause ("X reported that …") or the rest of the sentence ("…, X reported"). Sources are entity ids of any
 * mention kind, so this stage runs after coreference.
 */
final class SourceChains {

    Reading chain(Reading r) {
        String text = r.article().text();
        MentionIndex mentions = new MentionIndex(r);
        List<Attribution> out = new ArrayList<>();
        for (Sentence s : r.sentences()) {
            List<Token> t = s.tokens();
            // "according to X": the outermost source of everything the sentence reports.
            String according = null;
            int accAt = -1, accEnd = -1;
            for (int k = 0; k + 2 < t.size(); k++) {
                if (t.get(k).lowerLemma().equals("according") && t.get(k + 1).word().equalsIgnoreCase("to")) {
                    int m = k + 2;
                    if (t.get(m).pos().equals("DT") && m + 1 < t.size()) {
                        m++;
                    }
                    according = mentions.at(t.get(m).start());
                    if (according != null) {
                        accAt = k;
                        accEnd = mentionEnd(t, m, mentions);
                        break;
                    }
                }
            }
            boolean reported = false;
            for (int v = 1; v < t.size(); v++) {
                Token verb = t.get(v);
                if (!Speech.isVerb(verb)) {
                    continue;
                }
                int subjectAt = subject(t, v, mentions);
                if (subjectAt < 0) {
                    continue;
                }
                List<String> chain = new ArrayList<>();
                if (according != null && accAt > v || according != null && accAt < subjectAt) {
                    chain.add(according);
                }
                String subject = mentions.at(t.get(subjectAt).start());
                if (!chain.contains(subject)) {
                    chain.add(subject);
                }
                int after = v + 1;
                // "X quoted Y as saying", "X reported, citing Y", "said, quoting Y".
                for (int k = v + 1; k < Math.min(t.size() - 1, v + 8); k++) {
                    String w = t.get(k).word().toLowerCase();
                    boolean cite = Speech.CITING.contains(w) || k == v + 1 && verb.lowerLemma().equals("quote");
                    int m = Speech.CITING.contains(w) || !cite ? k + 1 : k;
                    if (cite && m < t.size() && t.get(m).pos().equals("DT") && m + 1 < t.size()) {
                        m++;
                    }
                    String cited = cite && m < t.size() ? mentions.at(t.get(m).start()) : null;
                    if (cited != null && !chain.contains(cited)) {
                        chain.add(cited);
                        after = mentionEnd(t, m, mentions);
                        break;
                    }
                    if (t.get(k).word().equals("that") || t.get(k).word().equals(":")) {
                        break;
                    }
                }
                Stretch claim = claim(t, s, subjectAt, v, after, accAt, accEnd);
                if (claim == null) {
                    continue;
                }
                reported = true;
                out.add(new Attribution(claim.start(), claim.end(), text.substring(claim.start(), claim.end()), chain));
            }
            if (!reported && according != null) {
                Stretch claim = accAt == 0 ? new Stretch(after(t, accEnd), s.end()) : new Stretch(s.start(), before(t, accAt));
                claim = trim(text, claim);
                if (claim.end() > claim.start()) {
                    out.add(new Attribution(claim.start(), claim.end(), text.substring(claim.start(), claim.end()), List.of(according)));
                }
            }
        }
        return r.withAttributions(out);
    }

    /** The token starting the mention that is the subject of the verb at {@code v}: right before it, or -1. */
    private static int subject(List<Token> t, int v, MentionIndex mentions) {
        int k = v - 1;
        // Skip auxiliaries, adverbs and a parenthesis: "KCNA (…) reported", "Peskov has also said".
        while (k >= 0 && (t.get(k).pos().equals("RB") || t.get(k).pos().startsWith("VB") && k == v - 1
                || t.get(k).pos().equals("MD") || t.get(k).word().equals(")"))) {
            if (t.get(k).word().equals(")")) {
                while (k >= 0 && !t.get(k).word().equals("(")) {
                    k--;
                }
            }
            k--;
        }
        if (k < 0 || mentions.at(t.get(k).start()) == null) {
            return -1;
        }
        String id = mentions.at(t.get(k).start());
        while (k > 0 && id.equals(mentions.at(t.get(k - 1).start()))
                && mentions.endAt(t.get(k - 1).start()) == mentions.endAt(t.get(k).start())) {
            k--;
        }
        return k;
    }

    /**
     * The claim's character span: the clause after "that" (or after the verb and its citations), or, when the source
     * comes after a comma ("…, TASS reported"), the sentence up to it.
     */
    private static Stretch claim(List<Token> t, Sentence s, int subjectAt, int v, int after, int accAt, int accEnd) {
        int k = after;
        while (k < t.size() && t.get(k).pos().equals("RP")) {
            k++; // "pointed out"
        }
        // "told journalists that", "said on Sunday that": skip to "that" within a few tokens.
        for (int j = k; j < Math.min(t.size(), k + 5); j++) {
            if (t.get(j).word().equals("that")) {
                k = j + 1;
                break;
            }
        }
        int end = accAt > k ? before(t, accAt) : t.get(t.size() - 1).end();
        if (t.get(t.size() - 1).word().equals(".") && accAt <= k) {
            end = t.get(t.size() - 1).start();
        }
        if (k < t.size() && !t.get(k).word().matches("[.,:\"\u201C\u201D]") && hasVerb(t, k, end)) {
            return new Stretch(t.get(k).start(), end);
        }
        if (subjectAt > 0 && t.get(subjectAt - 1).word().equals(",")) {
            int from = accAt == 0 ? after(t, accEnd) : s.start();
            return new Stretch(from, t.get(subjectAt - 1).start());
        }
        return null; // nothing reported here, or a quote (the quote finder has it)
    }

    /** Whether tokens from {@code k} up to character {@code end} hold a verb, i.e. make a clause. */
    private static boolean hasVerb(List<Token> t, int k, int end) {
        for (int j = k; j < t.size() && t.get(j).start() < end; j++) {
            if (t.get(j).pos().startsWith("VB") || t.get(j).pos().equals("MD")) {
                return true;
            }
        }
        return false;
    }

    private static int mentionEnd(List<Token> t, int m, MentionIndex mentions) {
        int end = mentions.endAt(t.get(m).start());
        int k = m;
        while (k < t.size() && t.get(k).start() < end) {
            k++;
        }
        return k;
    }

    /** The start of the text after token index {@code k}, skipping a comma. */
    private static int after(List<Token> t, int k) {
        if (k < t.size() && t.get(k).word().equals(",")) {
            k++;
        }
        return k < t.size() ? t.get(k).start() : t.get(t.size() - 1).end();
    }

    /** The end of the text before token index {@code k}, leaving out a comma. */
    private static int before(List<Token> t, int k) {
        if (k > 0 && t.get(k - 1).word().equals(",")) {
            k--;
        }
        return k > 0 ? t.get(k - 1).end() : t.get(0).start();
    }

    /** Characters [start, end) of the text, possibly empty or reversed where a claim has no words. */
    private record Stretch(int start, int end) {
    }

    private static Stretch trim(String text, Stretch span) {
        int a = span.start(), b = span.end();
        while (b > a && (Character.isWhitespace(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) {
            b--;
        }
        return new Stretch(a, b);
    }
}
