package dateline.eval;

import dateline.reading.Entity;
import dateline.reading.EntityType;
import dateline.reading.Reading;
import dateline.reading.Span;
import dateline.reading.Timex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * Compares one reading with one gold document: named-entity spans per type, time expressions (strict and relaxed
 * spans, values), and B³ coreference over the gold named mentions.
 *
 * <p>System mentions are the mentions of PERSON, ORGANIZATION, LOCATION, FACILITY and PRODUCT entities that begin
 * with an upper-case letter (names, not pronouns or role phrases) and end before the gold's annotated limit. A system
 * mention that overlaps no scored gold mention but overlaps an unscored one (a common noun, another type) is
 * neither right nor wrong. FACILITY counts as LOCATION, as the corpora have no separate facility type. Where a corpus
 * types a place by its part in each mention (re3d: "The UK stands by Iraq" is an Organisation, "in Syria" a
 * Location), the mentions in {@link Entity#asOrganization()} count as ORGANIZATION.
 */
public final class ReadingScorer {
    private ReadingScorer() {
    }

    /** The gold class a system type is scored as, or null when it is not scored. */
    static String goldClass(EntityType type) {
        return switch (type) {
            case PERSON -> "PERSON";
            case ORGANIZATION -> "ORGANIZATION";
            case LOCATION, FACILITY -> "LOCATION";
            case PRODUCT -> "PRODUCT";
            default -> null;
        };
    }

    /**
     * System mentions to score, labelled with their gold class.
     *
     * @param placesByRole whether the corpus types a place that acts as an organisation
     */
    public static List<GoldSpan> systemMentions(GoldDocument gold, Reading reading, boolean placesByRole) {
        String text = reading.article().text();
        List<GoldSpan> system = new ArrayList<>();
        for (Entity e : reading.entities()) {
            String label = goldClass(e.type());
            if (label == null) {
                continue;
            }
            for (Span m : e.mentions()) {
                if (m.end() > gold.limit() || m.end() > text.length() || !Character.isUpperCase(text.charAt(m.start()))) {
                    continue;
                }
                GoldSpan s = new GoldSpan(m.start(), m.end(),
                        placesByRole && e.asOrganization().contains(m) ? "ORGANIZATION" : label);
                boolean onGold = gold.entities().stream().anyMatch(g -> g.overlaps(s));
                boolean onUnscored = gold.unscored().stream().anyMatch(g -> g.label() == null && g.overlaps(s));
                if (onGold || !onUnscored) {
                    system.add(s);
                }
            }
        }
        return system;
    }

    /** Per gold class, labelled-overlap P/R/F1; key "ALL" sums them. */
    public static Map<String, Prf> entities(GoldDocument gold, Reading reading, boolean placesByRole) {
        List<GoldSpan> system = systemMentions(gold, reading, placesByRole);
        Map<String, Prf> scores = new LinkedHashMap<>();
        Prf all = Prf.ZERO;
        for (String label : List.of("PERSON", "ORGANIZATION", "LOCATION", "PRODUCT")) {
            List<GoldSpan> g = gold.entities().stream().filter(s -> s.label().equals(label)).toList();
            List<GoldSpan> s = system.stream().filter(x -> x.label().equals(label)).toList();
            // A system mention of another type on a gold mention is wrong for its own type: score per type with
            // every system mention of that type against the gold of that type, plus mistyped hits as misses.
            Prf p = SpanScorer.labelled(g, s);
            scores.put(label, p);
            all = all.plus(p);
        }
        scores.put("ALL", all);
        return scores;
    }

    /** Strict spans, relaxed spans and values of the time expressions, outside unscored spans (a date line). */
    public static Map<String, Prf> times(GoldDocument gold, Reading reading) {
        List<GoldSpan> system = scoredTimes(gold, reading);
        Map<String, Prf> scores = new LinkedHashMap<>();
        scores.put("strict", SpanScorer.strict(gold.times(), system));
        scores.put("relaxed", SpanScorer.relaxed(gold.times(), system));
        scores.put("value", SpanScorer.labelled(gold.times(), system));
        return scores;
    }

    /** The system's time expressions that are scored: those in the annotated part, outside the date line. */
    public static List<GoldSpan> scoredTimes(GoldDocument gold, Reading reading) {
        List<GoldSpan> system = new ArrayList<>();
        for (Timex t : reading.times()) {
            GoldSpan s = new GoldSpan(t.start(), t.end(), t.value());
            if (t.end() <= gold.limit() && gold.unscored().stream().noneMatch(u -> "dct".equals(u.label()) && u.overlaps(s))) {
                system.add(s);
            }
        }
        return system;
    }

    /**
     * B³ over the gold named mentions: each gold mention takes the system entity of a system mention that overlaps
     * it (none: a singleton); system mentions on no gold mention are left out, so this scores clustering, not
     * detection.
     */
    public static BCubed.Score coreference(GoldDocument gold, Reading reading) {
        Map<Integer, String> goldChains = new HashMap<>();
        Map<Integer, String> systemChains = new HashMap<>();
        for (int i = 0; i < gold.entities().size(); i++) {
            goldChains.put(i, gold.chains().get(i));
            String entity = entityAt(gold.entities().get(i), reading);
            systemChains.put(i, entity != null ? entity : "unmatched-" + i);
        }
        return BCubed.score(goldChains, systemChains);
    }

    /**
     * B³ over the gold named mentions of all documents at once, gold chains being corpus-wide instances: each gold
     * mention takes the cross-document group of the system entity that overlaps it ({@code group}: document index and
     * entity id → group; none: a singleton).
     */
    public static BCubed.Score crossDocument(List<GoldDocument> golds, List<Reading> readings,
                                             BiFunction<Integer, String, String> group) {
        Map<String, String> goldChains = new HashMap<>();
        Map<String, String> systemChains = new HashMap<>();
        for (int d = 0; d < golds.size(); d++) {
            GoldDocument gold = golds.get(d);
            for (int i = 0; i < gold.entities().size(); i++) {
                String key = d + "/" + i;
                goldChains.put(key, gold.chains().get(i));
                String entity = entityAt(gold.entities().get(i), readings.get(d));
                systemChains.put(key, entity != null ? group.apply(d, entity) : "unmatched-" + key);
            }
        }
        return BCubed.score(goldChains, systemChains);
    }

    /**
     * Lines naming each gold instance that the system splits over several groups, and each system group that joins
     * several gold instances, with the names written in the documents.
     */
    public static List<String> crossDocumentMisses(List<GoldDocument> golds, List<Reading> readings,
                                                   BiFunction<Integer, String, String> group) {
        Map<String, Map<String, Set<String>>> byGold = new TreeMap<>();
        Map<String, Map<String, Set<String>>> bySystem = new TreeMap<>();
        for (int d = 0; d < golds.size(); d++) {
            GoldDocument gold = golds.get(d);
            for (int i = 0; i < gold.entities().size(); i++) {
                GoldSpan g = gold.entities().get(i);
                String entity = entityAt(g, readings.get(d));
                String system = entity == null ? "unmatched" : group.apply(d, entity);
                String name = gold.text().substring(g.start(), g.end()).replace('\n', ' ');
                String instance = gold.chains().get(i);
                byGold.computeIfAbsent(instance, k -> new TreeMap<>())
                        .computeIfAbsent(system, k -> new TreeSet<>()).add(name);
                if (entity != null) {
                    bySystem.computeIfAbsent(system, k -> new TreeMap<>())
                            .computeIfAbsent(instance, k -> new TreeSet<>()).add(name);
                }
            }
        }
        List<String> lines = new ArrayList<>();
        byGold.forEach((instance, split) -> {
            if (split.size() > 1) {
                lines.add("split\t" + instance + "\t" + split.values());
            }
        });
        bySystem.forEach((system, joined) -> {
            if (joined.size() > 1) {
                lines.add("joined\t" + system + "\t" + joined);
            }
        });
        return lines;
    }

    /**
     * The id of the entity whose mention overlaps {@code g} the most, or null: in "DAB's Ben Chan", annotated as a
     * person with the party inside, the person is Ben Chan.
     */
    private static String entityAt(GoldSpan g, Reading reading) {
        String best = null;
        int most = 0;
        for (Entity e : reading.entities()) {
            for (Span m : e.mentions()) {
                int overlap = Math.min(g.end(), m.end()) - Math.max(g.start(), m.start());
                if (overlap > most) {
                    best = e.id();
                    most = overlap;
                }
            }
        }
        return best;
    }
}
