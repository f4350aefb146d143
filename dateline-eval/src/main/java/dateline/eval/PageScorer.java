package dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Scores one page's {@code read --format json} line and {@code itinerary --format json} answer against a hand-made
 * gold in the reference page's format, item by item, exactly as {@code shared/tools/score_reading.py} does: the same
 * categories, the same matching of names, roles, distances and dates, so that the two always agree. It reads the
 * output contract, not Dateline's records, so it scores what a user sees.
 */
public final class PageScorer {
    /** Python's {@code \s} on text is Unicode's white space, not only ASCII's. */
    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern PLACE_ALTERNATIVES = Pattern.compile("[()/;]");

    /** Items right and items in all, per category, in the order the categories first came up; and what was missed. */
    public static final class Score {
        private final Map<String, int[]> counts = new LinkedHashMap<>();
        private final List<String> misses = new ArrayList<>();

        void tally(String category, boolean ok, String what) {
            int[] c = counts.computeIfAbsent(category, k -> new int[2]);
            c[0]++;
            c[1] += ok ? 1 : 0;
            if (!ok) {
                misses.add(category + ": " + what);
            }
        }

        /** Per category: {all, right}. */
        public Map<String, int[]> counts() {
            return counts;
        }

        public List<String> misses() {
            return misses;
        }

        public void addTo(Map<String, int[]> total) {
            counts.forEach((k, v) -> {
                int[] t = total.computeIfAbsent(k, x -> new int[2]);
                t[0] += v[0];
                t[1] += v[1];
            });
        }
    }

    private PageScorer() {
    }

    /**
     * @param gold      the gold file's object
     * @param reading   the first line {@code read --format json} prints for the gold's input
     * @param itinerary what {@code itinerary WHO --format json} prints for it, or null when the gold has none
     */
    public static Score score(JsonNode gold, JsonNode reading, JsonNode itinerary) {
        Score s = new Score();
        Map<String, JsonNode> ents = new LinkedHashMap<>();
        reading.path("entities").forEach(e -> ents.put(text(e.get("id")), e));
        JsonNode art = reading.path("article");
        String text = orEmpty(art.get("text"));
        article(s, gold.get("article"), art, text);
        times(s, gold.path("times"), reading.path("times"));
        entities(s, gold.path("entities"), ents);
        for (JsonNode q : gold.path("quotes")) {
            boolean ok = any(reading.path("quotes"), o -> stripLeading(norm(o.get("text")), "\"“ ")
                    .startsWith(norm(q.get("starts_with"))) && nameMatches(ents, o.get("speaker"), text(q.get("speaker"))));
            s.tally("quotes", ok, repr(q.get("starts_with")) + " by " + text(q.get("speaker")));
        }
        for (JsonNode a : gold.path("attributions")) {
            JsonNode chain = a.path("source_chain");
            boolean ok = any(reading.path("attributions"), o -> {
                JsonNode sources = o.path("sources");
                if (!norm(o.get("text")).contains(norm(a.get("claim_contains"))) || sources.size() != chain.size()) {
                    return false;
                }
                for (int i = 0; i < chain.size(); i++) {
                    if (!nameMatches(ents, sources.get(i), text(chain.get(i)))) {
                        return false;
                    }
                }
                return true;
            });
            s.tally("attribution", ok, repr(a.get("claim_contains")) + " <- " + list(chain));
        }
        for (JsonNode c : gold.path("negated_claims")) {
            boolean ok = any(reading.path("events"), o -> norm(o.get("text")).contains(norm(c.get("claim_contains")))
                    && "negative".equals(text(o.get("polarity"))) && Objects.equals(text(o.get("type")), text(c.get("type"))));
            s.tally("negation", ok, repr(c.get("claim_contains")) + " negative " + text(c.get("type")));
        }
        for (JsonNode ge : gold.path("events")) {
            event(s, ge, reading.path("events"), ents);
        }
        if (gold.hasNonNull("itinerary") && itinerary != null) {
            itinerary(s, gold.get("itinerary"), itinerary);
        }
        return s;
    }

    private static void article(Score s, JsonNode g, JsonNode art, String text) {
        s.tally("article", norm(art.get("title")).equals(norm(g.get("title"))), "title");
        String pub = orEmpty(art.get("published"));
        s.tally("article", pub.startsWith(text(g.get("published"))), "published " + repr(pub));
        if (truthy(g.get("section"))) {
            s.tally("article", norm(art.get("section")).equals(norm(g.get("section"))), "section " + repr(art.get("section")));
        }
        String body = norm(text);
        if (truthy(g.get("lead"))) {
            String lead = norm(g.get("lead"));
            s.tally("article", norm(art.get("lead")).equals(lead), "lead");
            s.tally("article", count(body, lead) <= 1, "lead repeated in text");
        }
        String start = norm(g.get("body_starts_with"));
        int window = norm(g.get("lead")).length() + start.length() + 20;
        s.tally("article", body.substring(0, Math.min(body.length(), window)).contains(start), "body start");
        s.tally("article", body.endsWith(norm(g.get("body_ends_with"))), "body end");
        for (JsonNode bad : g.path("must_not_contain")) {
            s.tally("article", !body.contains(norm(bad)), "boilerplate " + repr(bad) + " in text");
        }
        Set<String> credits = new HashSet<>();
        art.path("images").forEach(i -> credits.add(norm(i.get("credit"))));
        for (JsonNode c : g.path("image_credits")) {
            s.tally("article", credits.contains(norm(c)), "credit " + repr(c));
        }
    }

    private static void times(Score s, JsonNode gold, JsonNode out) {
        for (JsonNode t : gold) {
            String want = norm(t.get("text"));
            boolean ok = any(out, o -> {
                if (!contains(t.get("accept"), o.get("value"))) {
                    return false;
                }
                String got = norm(o.get("text"));
                return got.contains(want) || want.contains(got) && got.length() > 3;
            });
            s.tally("times", ok, text(t.get("text")) + " -> " + list(t.get("accept")));
        }
    }

    private static void entities(Score s, JsonNode gold, Map<String, JsonNode> ents) {
        for (JsonNode ge : gold) {
            List<String> aliases = new ArrayList<>();
            ge.path("aliases_in_text").forEach(a -> aliases.add(text(a)));
            List<JsonNode> cands = new ArrayList<>();
            for (JsonNode e : ents.values()) {
                Set<String> names = namesOf(e);
                if (names.contains(nameKey(text(ge.get("name")))) || aliases.stream().anyMatch(a -> names.contains(nameKey(a)))) {
                    cands.add(e);
                }
            }
            List<JsonNode> typed = cands.stream().filter(e -> Objects.equals(text(e.get("type")), text(ge.get("type")))).toList();
            s.tally("entities", !typed.isEmpty(), text(ge.get("name")) + " as " + text(ge.get("type")) + " (found "
                    + cands.stream().map(e -> repr(text(e.get("type")))).toList() + ")");
            if (!aliases.isEmpty()) {
                boolean ok = typed.stream().anyMatch(e -> aliases.stream().allMatch(a -> aliasNamed(a, namesOf(e))));
                s.tally("coreference", ok, text(ge.get("name")) + " = " + aliases.stream().map(PageScorer::repr).toList());
            }
            if (ge.has("lat")) {
                boolean ok = typed.stream().anyMatch(e -> e.hasNonNull("lat") && km(e, ge) <= 60);
                s.tally("geocoding", ok, text(ge.get("name")) + " near " + ge.get("lat") + "," + ge.get("lon"));
            }
        }
    }

    /**
     * A gold event is found when an output event of an accepted type has the evidence in its sentence and the gold
     * polarity; its roles (agent, counterparts, place, time, status, sources) then count one item each.
     */
    private static void event(Score s, JsonNode ge, JsonNode events, Map<String, JsonNode> ents) {
        List<String> types = new ArrayList<>();
        if (ge.get("type").isArray()) {
            ge.get("type").forEach(t -> types.add(text(t)));
        } else {
            types.add(text(ge.get("type")));
        }
        String polarity = ge.has("polarity") ? text(ge.get("polarity")) : "positive";
        String evidence = text(ge.get("evidence_contains"));
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode o : events) {
            String got = o.has("polarity") ? text(o.get("polarity")) : "positive";
            if (types.contains(text(o.get("type"))) && norm(o.get("text")).contains(norm(evidence)) && Objects.equals(got, polarity)) {
                found.add(o);
            }
        }
        String kinds = String.join("/", types);
        s.tally("events", !found.isEmpty(), kinds + " " + polarity + ": " + repr(evidence));
        String of = " of " + kinds + " " + repr(evidence.substring(0, Math.min(40, evidence.length())));
        if (truthy(ge.get("agent"))) {
            String agent = text(ge.get("agent"));
            s.tally("event roles", found.stream().anyMatch(o -> nameMatches(ents, o.get("agent"), agent)), "agent " + agent + of);
        }
        for (JsonNode w : ge.path("with")) {
            String who = text(w);
            s.tally("event roles", found.stream().anyMatch(o -> any(o.path("with"), x -> nameMatches(ents, x, who))
                    || nameMatches(ents, o.get("agent"), who)), "with " + who + of);
        }
        if (truthy(ge.get("place"))) {
            s.tally("event roles", found.stream().anyMatch(o -> placeMatches(ents.get(text(o.get("place"))), ge)),
                    "place " + text(ge.get("place")) + of);
        }
        if (ge.has("time_accept")) {
            s.tally("event roles", found.stream().anyMatch(o -> contains(ge.get("time_accept"), o.get("time"))),
                    "time " + list(ge.get("time_accept")) + of);
        }
        if (truthy(ge.get("status"))) {
            JsonNode st = ge.get("status");
            s.tally("event roles", found.stream().anyMatch(o -> st.isArray() ? contains(st, o.get("status"))
                    : Objects.equals(text(st), text(o.get("status")))), "status " + list(st) + of);
        }
        for (JsonNode src : ge.path("sources")) {
            String who = text(src);
            s.tally("event roles", found.stream().anyMatch(o -> any(o.path("sources"), x -> nameMatches(ents, x, who))),
                    "source " + who + of);
        }
    }

    private static boolean placeMatches(JsonNode e, JsonNode ge) {
        if (e == null) {
            return false;
        }
        double radius = ge.has("radius_km") ? ge.get("radius_km").asDouble() : 60;
        if (ge.has("lat") && e.hasNonNull("lat") && km(e, ge) <= radius) {
            return true;
        }
        Set<String> names = namesOf(e);
        for (String a : PLACE_ALTERNATIVES.split(text(ge.get("place")), -1)) {
            if (!a.strip().isEmpty() && names.contains(nameKey(a))) {
                return true;
            }
        }
        return false;
    }

    /** Each gold stop matches one unused output stop near it or named like it, on an accepted date. */
    private static void itinerary(Score s, JsonNode it, JsonNode out) {
        List<JsonNode> stops = new ArrayList<>();
        out.path("stops").forEach(stops::add);
        Set<Integer> used = new java.util.TreeSet<>();
        for (JsonNode gs : it.path("stops")) {
            Integer hit = null;
            for (int i = 0; i < stops.size() && hit == null; i++) {
                JsonNode st = stops.get(i);
                if (used.contains(i)) {
                    continue;
                }
                double radius = gs.has("radius_km") ? gs.get("radius_km").asDouble() : 60;
                boolean near = st.hasNonNull("lat") && gs.hasNonNull("lat") && km(st, gs) <= radius;
                String place = norm(st.get("place"));
                List<String> alts = new ArrayList<>();
                for (String a : PLACE_ALTERNATIVES.split(text(gs.get("place")), -1)) {
                    if (!norm(a).isEmpty()) {
                        alts.add(norm(a));
                    }
                }
                boolean named = alts.stream().anyMatch(a -> place.contains(a) || !place.isEmpty() && alts.contains(place));
                if ((near || named) && contains(gs.get("accept"), st.get("date"))) {
                    hit = i;
                }
            }
            s.tally("itinerary", hit != null, text(gs.get("place")) + " on " + list(gs.get("accept")));
            if (hit != null) {
                used.add(hit);
            }
        }
        List<String> dates = new ArrayList<>();
        for (int i : used) {
            if (truthy(stops.get(i).get("date"))) {
                dates.add(text(stops.get(i).get("date")));
            }
        }
        s.tally("itinerary", dates.equals(dates.stream().sorted().toList()), "stops not in date order");
        int extra = stops.size() - used.size();
        s.tally("itinerary", extra <= Math.max(1, it.path("stops").size() / 3), extra + " extra stops");
    }

    static String norm(JsonNode n) {
        return norm(text(n));
    }

    static String norm(String s) {
        return s == null ? "" : SPACES.matcher(s).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    static String nameKey(String s) {
        String n = norm(s);
        return n.startsWith("the ") ? n.substring(4) : n;
    }

    static Set<String> namesOf(JsonNode e) {
        Set<String> names = new HashSet<>();
        names.add(nameKey(text(e.get("name"))));
        e.path("aliases").forEach(a -> names.add(nameKey(text(a))));
        return names;
    }

    /** One of the names, or a role before one of them ("Turkish President" + "Recep Tayyip Erdogan"). */
    static boolean aliasNamed(String alias, Set<String> names) {
        String a = nameKey(alias);
        if (names.contains(a)) {
            return true;
        }
        for (String n : names) {
            if (!n.isEmpty() && a.endsWith(" " + n) && names.contains(nameKey(a.substring(0, a.length() - n.length()).strip()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean nameMatches(Map<String, JsonNode> ents, JsonNode id, String goldName) {
        JsonNode e = ents.get(text(id));
        return e != null && namesOf(e).contains(nameKey(goldName));
    }

    static double km(JsonNode a, JsonNode b) {
        double la1 = Math.toRadians(a.get("lat").asDouble()), lo1 = Math.toRadians(a.get("lon").asDouble());
        double la2 = Math.toRadians(b.get("lat").asDouble()), lo2 = Math.toRadians(b.get("lon").asDouble());
        double h = Math.pow(Math.sin((la2 - la1) / 2), 2) + Math.cos(la1) * Math.cos(la2) * Math.pow(Math.sin((lo2 - lo1) / 2), 2);
        return 6371 * 2 * Math.asin(Math.sqrt(h));
    }

    private static boolean any(JsonNode array, Predicate<JsonNode> test) {
        for (JsonNode o : array) {
            if (test.test(o)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a JSON list holds the value, null for null, as Python's {@code in} compares them. */
    private static boolean contains(JsonNode list, JsonNode value) {
        String v = text(value);
        return list != null && any(list, x -> Objects.equals(text(x), v));
    }

    private static int count(String text, String part) {
        if (part.isEmpty()) {
            return text.length() + 1;
        }
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }

    private static String stripLeading(String s, String chars) {
        int i = 0;
        while (i < s.length() && chars.indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return s.substring(i);
    }

    private static boolean truthy(JsonNode n) {
        return n != null && !n.isNull() && !(n.isTextual() && n.asText().isEmpty()) && !(n.isArray() && n.isEmpty());
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static String orEmpty(JsonNode n) {
        String t = text(n);
        return t == null ? "" : t;
    }

    private static String repr(JsonNode n) {
        return repr(text(n));
    }

    /** As Python writes a string in a message, so the two scorers' misses read alike. */
    private static String repr(String s) {
        if (s == null) {
            return "None";
        }
        return s.contains("'") && !s.contains("\"") ? "\"" + s + "\"" : "'" + s + "'";
    }

    private static String list(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            n.forEach(x -> out.add(repr(text(x))));
            return out.toString();
        }
        return "[" + repr(n) + "]";
    }
}
