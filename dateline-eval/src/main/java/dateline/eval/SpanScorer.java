package dateline.eval;

import java.util.List;
import java.util.function.BiPredicate;

/**
 * Scores system spans against gold spans, TempEval style: a match is an overlap (relaxed) or the same extent
 * (strict), optionally with a label test; precision counts system spans that match some gold span, recall gold
 * spans that some system span matches.
 */
public final class SpanScorer {
    private SpanScorer() {
    }

    public static Prf strict(List<GoldSpan> gold, List<GoldSpan> system) {
        return score(gold, system, (g, s) -> g.sameExtent(s));
    }

    public static Prf relaxed(List<GoldSpan> gold, List<GoldSpan> system) {
        return score(gold, system, GoldSpan::overlaps);
    }

    /** Overlap and the same label (a time value, an entity type). */
    public static Prf labelled(List<GoldSpan> gold, List<GoldSpan> system) {
        return score(gold, system, (g, s) -> g.overlaps(s) && g.label() != null && g.label().equals(s.label()));
    }

    public static Prf score(List<GoldSpan> gold, List<GoldSpan> system, BiPredicate<GoldSpan, GoldSpan> match) {
        int goldFound = 0;
        for (GoldSpan g : gold) {
            if (system.stream().anyMatch(s -> match.test(g, s))) {
                goldFound++;
            }
        }
        int systemRight = 0;
        for (GoldSpan s : system) {
            if (gold.stream().anyMatch(g -> match.test(g, s))) {
                systemRight++;
            }
        }
        return new Prf(systemRight, system.size(), goldFound, gold.size());
    }
}
