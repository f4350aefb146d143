package dateline.reading;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dateline.reading.TokenShapes.lower;

/**
 * The roles people hold in a text ("North Korean leader" of Kim Jong Un) and who holds a role a phrase names: the
 * same role noun, the modifiers agreeing where given, rank never mixed up — the vice president is not the president.
 */
final class RoleHolders {
    private final Set<String> ranks;

    RoleHolders(Lexicon lexicon) {
        ranks = lexicon.words("ranks");
    }

    /** Words that make another office of the same noun: "vice", "deputy", "former". */
    Set<String> ranks() {
        return ranks;
    }

    /** Gives the cluster the role of tokens [from, head], head the role noun, and the phrase as an alias. */
    static void addRole(String text, Cluster c, List<Token> t, int from, int head) {
        c.aliases.add(text.substring(t.get(from).start(), t.get(head).end()));
        List<String> modifiers = new ArrayList<>();
        for (int i = from; i < head; i++) {
            modifiers.add(lower(t.get(i)));
        }
        c.roles.add(new Cluster.Role(lower(t.get(head)), modifiers));
    }

    /** The person who holds the role of tokens [from, head]: the one whose modifiers agree most, the latest if tied. */
    Cluster holder(List<Cluster> all, List<Token> t, int from, int head) {
        String role = lower(t.get(head));
        Set<String> mods = new HashSet<>();
        for (int i = from; i < head; i++) {
            mods.add(lower(t.get(i)));
        }
        Cluster best = null;
        int bestScore = -1;
        for (Cluster c : all) {
            if (c.merged()) {
                continue;
            }
            for (Cluster.Role r : c.roles) {
                if (!r.head().equals(role) || !sameRank(mods, r)) {
                    continue;
                }
                int score = 0;
                for (String m : r.modifiers()) {
                    score += mods.contains(m) ? 1 : 0;
                }
                if (score >= bestScore) {
                    best = c;
                    bestScore = score;
                }
            }
        }
        return best;
    }

    /** The phrase and the held role say the same of rank: both or neither are "vice", "deputy", "former", … */
    private boolean sameRank(Set<String> mods, Cluster.Role role) {
        for (String rank : ranks) {
            if (role.modifiers().contains(rank) != mods.contains(rank)) {
                return false;
            }
        }
        return true;
    }
}
