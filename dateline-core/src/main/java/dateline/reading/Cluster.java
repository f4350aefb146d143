package dateline.reading;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One thing as coreference builds it: its proper-name mentions with their types, its other mentions (role phrases,
 * pronouns), its aliases, acronyms and held roles. Merging points one cluster at another, union-find style.
 */
final class Cluster {
    final List<Span> names = new ArrayList<>();      // proper-name mentions
    final List<EntityType> types = new ArrayList<>(); // their types, in step with names
    final List<Span> others = new ArrayList<>();     // role phrases and pronouns
    final List<String> aliases = new ArrayList<>();  // acronyms and role phrases
    final List<String> acronyms = new ArrayList<>(); // given in parentheses after a name: "(SRTF)"
    final List<Role> roles = new ArrayList<>();
    private Cluster into;                            // merged into another cluster

    /**
     * A role the thing holds, in lower case: "North Korean leader" is head "leader" with modifiers "north",
     * "korean".
     */
    record Role(String head, List<String> modifiers) {
        Role {
            modifiers = List.copyOf(modifiers);
        }
    }

    /** The cluster this one was merged into, at the end of the chain; itself if never merged. */
    Cluster root() {
        Cluster c = this;
        while (c.into != null) {
            c = c.into;
        }
        return c;
    }

    boolean merged() {
        return into != null;
    }

    /** Moves everything of {@code from}'s root into {@code to}'s root. */
    static void merge(Cluster from, Cluster to) {
        from = from.root();
        to = to.root();
        if (from == to) {
            return;
        }
        to.names.addAll(from.names);
        to.types.addAll(from.types);
        to.others.addAll(from.others);
        to.aliases.addAll(from.aliases);
        to.acronyms.addAll(from.acronyms);
        to.roles.addAll(from.roles);
        from.into = to;
    }

    /** The fullest name: most words, then first used. */
    String name(String text) {
        String best = null;
        for (Span s : names) {
            String n = text.substring(s.start(), s.end());
            if (best == null || words(n).length > words(best).length) {
                best = n;
            }
        }
        return best == null ? "" : best;
    }

    /** The type most mentions of the fullest name carry. */
    EntityType type(String text) {
        String n = key(name(text));
        Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
        for (int i = 0; i < names.size(); i++) {
            Span s = names.get(i);
            if (key(text.substring(s.start(), s.end())).equals(n)) {
                votes.merge(types.get(i), 1, Integer::sum);
            }
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(EntityType.OTHER);
    }

    /** A name's words. */
    static String[] words(String name) {
        return name.strip().split("(?U)\\s+");
    }

    /** A name folded for comparison within one text. */
    static String key(String name) {
        return Names.inText(name);
    }
}
