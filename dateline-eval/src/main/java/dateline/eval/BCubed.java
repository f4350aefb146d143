package dateline.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * B³ coreference scores (Bagga and Baldwin 1998) over mentions matched between gold and system: for each mention,
 * precision is the share of its system cluster that is in its gold cluster, recall the share of its gold cluster that
 * is in its system cluster; both are averaged over mentions. Mentions only one side has count as singletons on the
 * other, so missing and spurious mentions are penalised.
 */
public final class BCubed {
    private BCubed() {
    }

    /** Scores of one document. */
    public record Score(double precisionSum, int systemMentions, double recallSum, int goldMentions) {
        public static final Score ZERO = new Score(0, 0, 0, 0);

        public Score plus(Score o) {
            return new Score(precisionSum + o.precisionSum, systemMentions + o.systemMentions,
                    recallSum + o.recallSum, goldMentions + o.goldMentions);
        }

        public double precision() {
            return systemMentions == 0 ? 0 : precisionSum / systemMentions;
        }

        public double recall() {
            return goldMentions == 0 ? 0 : recallSum / goldMentions;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format("B³ P %.3f R %.3f F1 %.3f (%d gold mentions, %d system mentions)",
                    precision(), recall(), f1(), goldMentions, systemMentions);
        }
    }

    /**
     * @param gold   mention key → gold cluster id
     * @param system mention key → system cluster id
     */
    public static <M> Score score(Map<M, String> gold, Map<M, String> system) {
        Map<String, Set<M>> goldClusters = clusters(gold);
        Map<String, Set<M>> systemClusters = clusters(system);
        double p = 0;
        for (Map.Entry<M, String> e : system.entrySet()) {
            Set<M> mine = systemClusters.get(e.getValue());
            String g = gold.get(e.getKey());
            Set<M> truth = g == null ? Set.of(e.getKey()) : goldClusters.get(g);
            p += (double) intersection(mine, truth, e.getKey(), g == null) / mine.size();
        }
        double r = 0;
        for (Map.Entry<M, String> e : gold.entrySet()) {
            Set<M> truth = goldClusters.get(e.getValue());
            String s = system.get(e.getKey());
            Set<M> mine = s == null ? Set.of(e.getKey()) : systemClusters.get(s);
            r += (double) intersection(truth, mine, e.getKey(), s == null) / truth.size();
        }
        return new Score(p, system.size(), r, gold.size());
    }

    private static <M> int intersection(Set<M> a, Set<M> b, M self, boolean singleton) {
        if (singleton) {
            return 1; // only the mention itself is shared
        }
        int n = 0;
        for (M m : a) {
            if (b.contains(m)) {
                n++;
            }
        }
        return n;
    }

    private static <M> Map<String, Set<M>> clusters(Map<M, String> assignment) {
        Map<String, Set<M>> clusters = new HashMap<>();
        assignment.forEach((m, c) -> clusters.computeIfAbsent(c, k -> new HashSet<>()).add(m));
        return clusters;
    }
}
