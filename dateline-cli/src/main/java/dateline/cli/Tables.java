package dateline.cli;

import dateline.event.Itinerary;
import dateline.event.PlacePrecision;
import dateline.store.EntityProfile;
import dateline.store.SearchFacets;
import dateline.store.SearchHit;
import dateline.store.Story;
import dateline.store.StoredEvent;

import java.util.List;
import java.util.Locale;

/** Readable tables of store results for a person at a terminal. */
final class Tables {
    private Tables() {
    }

    static String itinerary(Itinerary it) {
        StringBuilder s = new StringBuilder();
        s.append(it.who()).append(": ").append(it.stops().size()).append(it.stops().size() == 1 ? " stop" : " stops")
                .append('\n');
        for (Itinerary.Stop stop : it.stops()) {
            s.append(String.format(Locale.ROOT, "%-10s  %-34s %-8s %8.3f %9.3f",
                    stop.date() == null ? "(undated)" : stop.date(), clip(stop.place(), 34),
                    precision(stop.gazetteerId()), stop.lat(), stop.lon()));
            if (!stop.with().isEmpty()) {
                s.append("  with ").append(String.join(", ", stop.with()));
            }
            s.append('\n');
            s.append("            \"").append(clip(stop.evidence(), 150)).append("\"\n");
            if (!stop.sources().isEmpty()) {
                s.append("            according to ").append(String.join(" → ", stop.sources())).append('\n');
            }
            s.append("            in ").append(String.join(", ", stop.documents())).append('\n');
        }
        return s.toString();
    }

    static String events(List<StoredEvent> events) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%-10s  %-6s  %-9s  %-22s  %-24s  %-22s  %-8s  %s%n", "when", "", "what",
                "who", "with", "where", "", "status"));
        for (StoredEvent e : events) {
            String status = e.status().name().toLowerCase(Locale.ROOT)
                    + (e.polarity() == dateline.event.Event.Polarity.NEGATIVE ? ", denied" : "");
            s.append(String.format(Locale.ROOT, "%-10s  %-6s  %-9s  %-22s  %-24s  %-22s  %-8s  %s%n",
                    e.time() == null ? "-" : e.time(), e.timePrecision() == null ? "" : e.timePrecision().code(),
                    e.type().name(), clip(e.agent(), 22), clip(String.join(", ", e.with()), 24), clip(e.place(), 22),
                    precision(e.gazetteerId()), status));
            s.append("            \"").append(clip(e.text(), 140)).append("\"");
            if (!e.sources().isEmpty()) {
                s.append("  (").append(String.join(" → ", e.sources())).append(')');
            }
            s.append('\n');
        }
        s.append(events.size()).append(events.size() == 1 ? " event\n" : " events\n");
        return s.toString();
    }

    /** The place's precision code ("city"), blank when it is not geocoded. */
    private static String precision(String gazetteerId) {
        PlacePrecision p = PlacePrecision.of(gazetteerId);
        return p == null ? "" : p.code();
    }

    static String entity(EntityProfile p) {
        StringBuilder s = new StringBuilder();
        s.append(p.name()).append(" (").append(p.type()).append("): ").append(p.mentions()).append(" mentions in ")
                .append(p.articles()).append(p.articles() == 1 ? " article" : " articles");
        if (p.copies() > 0) {
            s.append(", and ").append(p.copies()).append(p.copies() == 1 ? " near copy" : " near copies")
                    .append(" not counted");
        }
        s.append('\n');
        if (p.place() != null) {
            s.append(String.format(Locale.ROOT, "  at %.3f, %.3f  (%s)%n", p.place().lat(), p.place().lon(),
                    p.place().gazetteerId()));
        }
        counts(s, "named", p.names());
        if (!p.byPeriod().isEmpty()) {
            s.append("  articles (mentions) by date:");
            p.byPeriod().forEach(x -> s.append(' ').append(x.period()).append(": ").append(x.articles())
                    .append(" (").append(x.mentions()).append(')'));
            s.append('\n');
        }
        counts(s, "seen with", p.together());
        counts(s, "outlets", p.outlets());
        counts(s, "cited", p.cited());
        s.append('\n').append(events(p.timeline()));
        if (!p.itinerary().stops().isEmpty()) {
            s.append('\n').append(itinerary(p.itinerary()));
        }
        return s.toString();
    }

    static String stories(List<Story> stories) {
        StringBuilder s = new StringBuilder();
        for (Story st : stories) {
            storyHead(s, st);
        }
        s.append(stories.size()).append(stories.size() == 1 ? " story\n" : " stories\n");
        return s.toString();
    }

    static String story(Story st) {
        StringBuilder s = new StringBuilder();
        storyHead(s, st);
        s.append('\n');
        for (Story.Member m : st.members()) {
            s.append(String.format(Locale.ROOT, "  %-25s %s  (%s%s)%n", m.published() == null ? "(undated)"
                    : m.published(), clip(m.title(), 70), m.document(), m.copyOf() == null ? ""
                    : ", a copy of " + m.copyOf()));
        }
        s.append('\n').append(events(st.events()));
        return s.toString();
    }

    private static void storyHead(StringBuilder s, Story st) {
        s.append(String.format(Locale.ROOT, "%6d  %s  %s%n", st.id(), st.from() == null ? "(undated)"
                : st.from().equals(st.to()) ? st.from() : st.from() + " – " + st.to(), clip(st.title(), 80)));
        s.append("        ").append(st.articles()).append(st.articles() == 1 ? " article" : " articles");
        if (st.copies() > 0) {
            s.append(" and ").append(st.copies()).append(st.copies() == 1 ? " near copy" : " near copies");
        }
        s.append('\n');
        StringBuilder indent = new StringBuilder();
        counts(indent, "about", st.entities());
        counts(indent, "in", st.places());
        counts(indent, "outlets", st.outlets());
        s.append(indent.toString().replace("\n  ", "\n        ").replaceFirst("^  ", "        "));
    }

    private static void counts(StringBuilder s, String label, List<EntityProfile.Count> counts) {
        if (!counts.isEmpty()) {
            s.append("  ").append(label).append(": ");
            for (int i = 0; i < counts.size(); i++) {
                s.append(i == 0 ? "" : ", ").append(counts.get(i).value()).append(" (").append(counts.get(i).count())
                        .append(')');
            }
            s.append('\n');
        }
    }

    /** A page of hits, numbered from {@code offset + 1}, and how many match in all. */
    static String hits(List<SearchHit> hits, int offset, int total) {
        StringBuilder s = new StringBuilder();
        int n = offset;
        for (SearchHit h : hits) {
            s.append(String.format(Locale.ROOT, "%2d. %s  (%s%s, score %.2f%s)%n", ++n,
                    h.title() == null ? "(no title)" : clip(h.title(), 80), h.document(),
                    h.published() == null ? "" : ", " + h.published(), h.score(),
                    h.copyOf() == null ? "" : ", a copy of " + h.copyOf()));
            s.append("    ").append(h.snippet()).append('\n');
        }
        if (hits.size() == total) {
            s.append(total).append(total == 1 ? " article\n" : " articles\n");
        } else {
            s.append(String.format(Locale.ROOT, "%d of %d articles%s%n", hits.size(), total,
                    hits.isEmpty() ? "" : " (" + (offset + 1) + "–" + (offset + hits.size()) + ")"));
        }
        return s.toString();
    }

    /** Each facet's values with their counts of articles, a block per kind. */
    static String facets(SearchFacets f) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%d articles match%n", f.total()));
        facet(s, "people and organisations", f.entities());
        facet(s, "event types", f.types());
        facet(s, "places", f.places());
        facet(s, "outlets", f.outlets());
        facet(s, "months", f.months());
        return s.toString();
    }

    private static void facet(StringBuilder s, String heading, List<EntityProfile.Count> values) {
        if (values.isEmpty()) {
            return;
        }
        s.append('\n').append(heading).append('\n');
        for (EntityProfile.Count c : values) {
            s.append(String.format(Locale.ROOT, "  %6d  %s%n", c.count(), clip(c.value(), 70)));
        }
    }

    private static String clip(String s, int width) {
        if (s == null) {
            return "-";
        }
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= width ? one : one.substring(0, width - 1) + "…";
    }
}
