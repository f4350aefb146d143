package dateline.eval.command;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShingleScoreTest {
    private static final double EPS = 1e-9;

    @Test
    void tokensAreLettersNumbersAndUnderscoreAndMarksSplitThem() {
        assertEquals(List.of("Don", "t", "stop", "3", "14", "snake_case", "Ünïcode"),
                ShingleScore.tokens("Don't stop: 3.14 — snake_case, Ünïcode!"));
        // U+0301 COMBINING ACUTE ACCENT is a mark (Mn), not a letter: it splits the token.
        assertEquals(List.of("e", "x"), ShingleScore.tokens("e\u0301x"));
        // Devanagari vowel sign (Mc) splits too.
        assertEquals(List.of("क", "र"), ShingleScore.tokens("कार"));
    }

    @Test
    void shinglesAreFourGramsCountedAsAMultiset() {
        assertEquals(Map.of("a b c d", 2, "b c d a", 1, "c d a b", 1, "d a b c", 1),
                ShingleScore.shingles(List.of("a", "b", "c", "d", "a", "b", "c", "d")));
        assertEquals(Map.of("a b", 1), ShingleScore.shingles(List.of("a", "b")));
        assertTrue(ShingleScore.shingles(List.of()).isEmpty());
    }

    @Test
    void pageCountsByHand() {
        // gold: a b c d e -> {abcd, bcde}; predicted: a b c d x -> {abcd, bcdx}. TP 1, FP 1, FN 1.
        ShingleScore.Page p = ShingleScore.page("a b c d x", "a b c d e");
        assertEquals(0.5, p.precision(), EPS);
        assertEquals(0.5, p.recall(), EPS);
        assertFalse(p.exact());
        // predicted holds the gold plus one more token: gold {abcd}, predicted {abcd, bcdz}. P 1/2, R 1.
        ShingleScore.Page q = ShingleScore.page("a b c d z", "a b c d");
        assertEquals(0.5, q.precision(), EPS);
        assertEquals(1.0, q.recall(), EPS);
        // Punctuation and paragraphing do not count.
        ShingleScore.Page same = ShingleScore.page("A, b.\n\nc d!", "A b c d");
        assertEquals(1.0, same.precision(), EPS);
        assertTrue(same.exact());
        // Case does count: a different first token loses the only shingle.
        assertEquals(0.0, ShingleScore.page("a b c d", "A b c d").recall(), EPS);
    }

    @Test
    void emptyPredictionLeavesPrecisionButScoresZeroRecall() {
        ShingleScore.Page full = ShingleScore.page("a b c d e", "a b c d e");
        ShingleScore.Page empty = ShingleScore.page("", "a b c d e");
        assertFalse(empty.predicted());
        ShingleScore.Corpus c = ShingleScore.corpus(List.of(full, empty));
        assertEquals(1.0, c.precision(), EPS);
        assertEquals(0.5, c.recall(), EPS);
        assertEquals(2 * 1.0 * 0.5 / 1.5, c.f1(), EPS);
        assertEquals(0.5, c.accuracy(), EPS);
    }

    @Test
    void corpusF1ComesFromMeanPrecisionAndRecallNotMeanF1() {
        ShingleScore.Page a = ShingleScore.page("a b c d x", "a b c d e"); // P .5 R .5
        ShingleScore.Page b = ShingleScore.page("a b c d z", "a b c d"); // P .5 R 1
        ShingleScore.Corpus c = ShingleScore.corpus(List.of(a, b));
        assertEquals(0.5, c.precision(), EPS);
        assertEquals(0.75, c.recall(), EPS);
        assertEquals(0.6, c.f1(), EPS);
        assertEquals((a.f1() + b.f1()) / 2, 0.5833333333, 1e-6); // the mean of page F1s would differ
    }
}
