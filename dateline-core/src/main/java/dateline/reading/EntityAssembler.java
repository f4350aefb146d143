package dateline.reading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static dateline.reading.Cluster.key;
import static dateline.reading.Cluster.words;

/** The finished clusters as entities e1, e2, … in order of first mention, each with its names and mentions. */
final class EntityAssembler {
    private EntityAssembler() {
    }

    static List<Entity> entities(ClusterSet set) {
        List<Cluster> roots = new ArrayList<>();
        for (Cluster c : set.all) {
            if (!c.merged() && !c.names.isEmpty()) {
                roots.add(c);
            }
        }
        roots.sort(Comparator.comparingInt(c -> c.names.stream().mapToInt(Span::start).min().orElse(0)));
        List<Entity> out = new ArrayList<>();
        for (Cluster c : roots) {
            String name = set.name(c);
            TreeSet<Span> mentions = new TreeSet<>(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
            mentions.addAll(c.names);
            mentions.addAll(c.others);
            out.add(new Entity("e" + (out.size() + 1), name, set.type(c), aliases(set, c, name),
                    new ArrayList<>(mentions), null));
        }
        return out;
    }

    /** Every other name and phrase of the cluster, once each however spaced or cased, in order of first use. */
    private static List<String> aliases(ClusterSet set, Cluster c, String name) {
        Map<String, String> aliases = new LinkedHashMap<>();
        aliases.put(key(name), name);
        for (Span s : c.names) {
            String n = set.at(s);
            aliases.putIfAbsent(key(n), n);
        }
        for (String a : c.aliases) {
            aliases.putIfAbsent(key(a), a);
        }
        aliases.remove(key(name));
        // News refers to people by surname after the first mention; where the text has no short form, the surname is
        // the name a reader (and the events stage) will look for.
        String[] w = words(name);
        if (set.type(c) == EntityType.PERSON && w.length > 1 && aliases.values().stream()
                .noneMatch(a -> words(a).length == 1 && Character.isUpperCase(a.charAt(0)))
                && w[w.length - 1].length() > 2) {
            aliases.put(key(w[w.length - 1]), w[w.length - 1]);
        }
        return new ArrayList<>(aliases.values());
    }
}
