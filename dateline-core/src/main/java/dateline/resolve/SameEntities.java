package dateline.resolve;

import dateline.reading.Entity;
import dateline.reading.EntityType;
import dateline.reading.Names;
import dateline.reading.Reading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One entity across articles, however each names it. Two entities of different articles are the same when they are
 * of one kind and one's name is among the other's names (its name and capitalised aliases, folded like gazetteer
 * keys, a company's without its legal form), unless the gazetteer put them at different places; places it put at the
 * same entry are the same whatever their names ("Primorye", "Primorsky Krai"). So the "Kim Jong Un" of one article,
 * known there also as "Kim", is the "Kim" of another; but two articles' "Kim Jong Un" and "Kim Yo Jong" do not become
 * one through the "Kim" each is also called. A person named only by an office ("the Foreign Secretary") is linked to
 * nobody: offices change hands. The groups close over the links: the "Kim" of a third article that joins both would
 * join them.
 */
public final class SameEntities {
    /** An entity of one article: the article's index in the list given, and the entity's document-local id. */
    public record Ref(int article, String entity) {
    }

    private SameEntities() {
    }

    /** Every entity of the readings, mapped to the number of its group (groups numbered from 0 by first member). */
    public static Map<Ref, Integer> group(List<Reading> readings) {
        List<Ref> refs = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        Map<String, List<Integer>> byName = new HashMap<>();
        for (int a = 0; a < readings.size(); a++) {
            for (Entity e : readings.get(a).entities()) {
                int n = refs.size();
                refs.add(new Ref(a, e.id()));
                entities.add(e);
                if (linkable(e)) {
                    byName.computeIfAbsent(nameKey(e), k -> new ArrayList<>()).add(n);
                }
                if (e.geo() != null && e.geo().gazetteerId() != null) {
                    byName.computeIfAbsent(placeKey(e), k -> new ArrayList<>()).add(n);
                }
            }
        }
        int[] parent = new int[refs.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            for (String key : keys(e)) {
                for (int j : byName.getOrDefault(key, List.of())) {
                    if (refs.get(j).article() != refs.get(i).article() && find(parent, i) != find(parent, j)
                            && same(e, entities.get(j))) {
                        union(parent, i, j);
                    }
                }
            }
        }
        Map<Integer, Integer> numbers = new HashMap<>();
        Map<Ref, Integer> groups = new HashMap<>();
        for (int i = 0; i < refs.size(); i++) {
            groups.put(refs.get(i), numbers.computeIfAbsent(find(parent, i), r -> numbers.size()));
        }
        return groups;
    }

    /** Whether two entities of different articles are one: the link the groups close over. */
    public static boolean same(Entity a, Entity b) {
        if (placedApart(a, b)) {
            return false;
        }
        if (a.geo() != null && b.geo() != null && a.geo().gazetteerId() != null && b.geo().gazetteerId() != null) {
            return true; // placed at one entry
        }
        return linkable(a) && keys(b).contains(nameKey(a)) || linkable(b) && keys(a).contains(nameKey(b));
    }

    /**
     * Every folded name a search should find the entity by: its name and aliases (role phrases too: "north korean
     * leader"), and a company's also without its legal form.
     */
    public static Set<String> names(Entity e) {
        Set<String> names = new LinkedHashSet<>();
        for (String n : concat(e.name(), e.aliases())) {
            names.add(Names.key(n));
            names.add(fold(e.type(), n));
        }
        names.remove("");
        return names;
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /** The keys an entity answers to: its kind with its name and capitalised aliases, and its gazetteer entry. */
    static Set<String> keys(Entity e) {
        Set<String> keys = new LinkedHashSet<>();
        if (e.geo() != null && e.geo().gazetteerId() != null) {
            keys.add(placeKey(e));
        }
        if (!linkable(e)) {
            return keys;
        }
        keys.add(nameKey(e));
        for (String alias : e.aliases()) {
            if (!alias.isEmpty() && Character.isUpperCase(alias.codePointAt(0)) && !Names.key(alias).isEmpty()) {
                keys.add(key(e.type(), alias));
            }
        }
        return keys;
    }

    private static String nameKey(Entity e) {
        return key(e.type(), e.name());
    }

    /** Words of a company's legal form, which articles drop: "Chrysler LLC" is "Chrysler", "Apple Inc." "Apple". */
    private static final Set<String> LEGAL_FORMS = Set.of("inc", "incorporated", "ltd", "limited", "llc", "plc",
            "corp", "corporation", "co", "group", "spa", "nv", "ag", "sa", "se", "gmbh", "holdings", "lp", "llp");

    private static String key(EntityType type, String name) {
        return kind(type) + ":" + fold(type, name);
    }

    private static String fold(EntityType type, String name) {
        String key = Names.key(name);
        if (type == EntityType.ORGANIZATION) {
            for (int space = key.lastIndexOf(' '); space > 0 && LEGAL_FORMS.contains(key.substring(space + 1));
                 space = key.lastIndexOf(' ')) {
                key = key.substring(0, space);
            }
        }
        return key;
    }

    private static String placeKey(Entity e) {
        return "place:" + e.geo().gazetteerId();
    }

    private static boolean linkable(Entity e) {
        return !e.namedByTitle() && !Names.key(e.name()).isEmpty();
    }

    /** Facilities and places are one kind: a tagger calls an airport either. */
    private static String kind(EntityType type) {
        return type == EntityType.FACILITY ? EntityType.LOCATION.name() : type.name();
    }

    private static boolean placedApart(Entity a, Entity b) {
        return a.geo() != null && b.geo() != null && a.geo().gazetteerId() != null && b.geo().gazetteerId() != null
                && !a.geo().gazetteerId().equals(b.geo().gazetteerId());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
