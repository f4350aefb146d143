package dateline.reading;

import java.util.List;

import static dateline.reading.TokenShapes.lower;

/**
 * A run of tokens that may be a name, with the sentence around it: what the {@link ContextTyper}'s rules look at.
 *
 * @param text   the article text
 * @param tokens the sentence's tokens
 * @param from   the run's first token
 * @param to     the token after the run
 * @param tag    the class the statistical tagger gave the run, {@link NerClass#NONE} where it gave none
 */
record Candidate(String text, List<Token> tokens, int from, int to, NerClass tag) {
    /** The run's first character. */
    int start() {
        return tokens.get(from).start();
    }

    /** The character after the run. */
    int end() {
        return tokens.get(to - 1).end();
    }

    /** The run as written. */
    String words() {
        return text.substring(start(), end());
    }

    /** The number of tokens in the run. */
    int length() {
        return to - from;
    }

    /** The run's last word, in lower case. */
    String last() {
        return lower(tokens.get(to - 1));
    }

    /** The token {@code k} (negative: before the run, counting back; otherwise after it), or null off the sentence. */
    Token around(int k) {
        int at = k < 0 ? from + k : to + k;
        return at >= 0 && at < tokens.size() ? tokens.get(at) : null;
    }

    /** The word {@code back} tokens before the run, in lower case, or "" at the sentence's start. */
    String before(int back) {
        Token x = around(-back);
        return x == null ? "" : lower(x);
    }

    boolean is(NerClass c) {
        return tag == c;
    }

    /** The mention of tokens [first, end) as {@code type}. */
    Mention mention(int first, int end, EntityType type) {
        return Mention.of(text, tokens.get(first).start(), tokens.get(end - 1).end(), type);
    }

    /** The mention of the run itself as {@code type}. */
    Mention as(EntityType type) {
        return mention(from, to, type);
    }

    /** The end of the lower-case run after the name, up to five words: "aircraft maker", "cruise missile systems". */
    int modifiersEnd() {
        int h = to;
        while (h < tokens.size() && h < to + 5 && (TokenShapes.isLowerWord(tokens.get(h).word())
                || "CD".equals(tokens.get(h).pos())) && TokenShapes.isModifier(tokens.get(h))) {
            h++;
        }
        return h;
    }

    /** The last noun of the lower-case run after the name, in lower case, or null. */
    String headNounAfter() {
        String head = null;
        int end = modifiersEnd();
        for (int k = to; k < end; k++) {
            if (tokens.get(k).pos().startsWith("NN")) {
                head = lower(tokens.get(k));
            }
        }
        return head;
    }

    /** Whether token {@code k} of the sentence starts a proper name. */
    boolean nameAt(int k) {
        return k < tokens.size() && TokenShapes.startsName(tokens, k);
    }
}
