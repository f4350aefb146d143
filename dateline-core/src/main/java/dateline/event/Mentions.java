package dateline.event;

import dateline.reading.Entity;
import dateline.reading.EntityType;
import dateline.reading.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which entity each character offset belongs to. */
final class Mentions {
    private final Map<String, Entity> byId = new HashMap<>();
    private final List<int[]> spans = new ArrayList<>();     // start, end, entity index
    private final List<Entity> entities;

    Mentions(List<Entity> entities) {
        this.entities = entities;
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            byId.put(e.id(), e);
            for (Span s : e.mentions()) {
                spans.add(new int[]{s.start(), s.end(), i});
            }
        }
    }

    /** The entity whose mention covers this token, the shortest mention winning. */
    String entityAt(Parse p, int tok) {
        int offset = p.token(tok).start();
        int[] best = null;
        for (int[] s : spans) {
            if (s[0] <= offset && offset < s[1] && (best == null || s[1] - s[0] < best[1] - best[0])) {
                best = s;
            }
        }
        return best == null ? null : entities.get(best[2]).id();
    }

    /** The entities a nominal names: itself (or its name parts) and its conjuncts ("Putin and Kim"). */
    List<String> entitiesOfPhrase(Parse p, int head) {
        Set<String> out = new LinkedHashSet<>();
        collect(p, head, out, 0);
        for (int c : p.children(head, "conj")) {
            collect(p, c, out, 0);
        }
        return new ArrayList<>(out);
    }

    private void collect(Parse p, int tok, Set<String> out, int depth) {
        String e = entityAt(p, tok);
        if (e != null) {
            out.add(e);
            return;
        }
        if (depth < 2) {
            // Name parts belong to the phrase only under a name: in "the Yuri Gagarin Aircraft Plant" the
            // person is a modifier of the plant, not what the phrase refers to.
            // After a common noun, a name is what it refers to: "his counterpart Kenji Mori".
            boolean name = !"O".equals(p.token(tok).ner());
            for (int c : p.children(tok)) {
                String rel = p.relation(c);
                boolean nameLike = rel.equals("compound") || rel.equals("dep") || rel.equals("nummod");
                if (rel.equals("flat") || rel.equals("appos") || nameLike && (name || c > tok)) {
                    collect(p, c, out, depth + 1);
                }
            }
        }
    }

    List<String> placesOfPhrase(Parse p, int head) {
        List<String> out = new ArrayList<>();
        for (String e : entitiesOfPhrase(p, head)) {
            if (isPlace(e)) {
                out.add(e);
            }
        }
        return out;
    }

    boolean isPlace(String id) {
        EntityType t = type(id);
        return t != null && t.isPlace();
    }

    /** People, organisations and countries act; products, events and facilities do not. */
    boolean canAct(String id) {
        EntityType t = type(id);
        return t == EntityType.PERSON || t == EntityType.ORGANIZATION || t == EntityType.LOCATION;
    }

    boolean hasGeo(String id) {
        Entity e = byId.get(id);
        return e != null && e.geo() != null;
    }

    EntityType type(String id) {
        Entity e = byId.get(id);
        return e == null ? null : e.type();
    }
}
