package dateline.cli;

import dateline.article.Article;
import dateline.article.Image;
import dateline.reading.Attribution;
import dateline.reading.Entity;
import dateline.reading.Quote;
import dateline.reading.Reading;
import dateline.reading.Timex;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Readable plain-text views for a person at a terminal. */
final class TextView {
    private TextView() {
    }

    static String article(Article a) {
        StringBuilder s = new StringBuilder();
        s.append("== ").append(a.source()).append('\n');
        s.append(a.title() == null ? "(no title)" : a.title()).append('\n');
        StringBuilder meta = new StringBuilder();
        if (a.published() != null) {
            meta.append(a.published().iso()).append(" (").append(a.published().from()).append(')');
        }
        if (a.section() != null) {
            meta.append(meta.isEmpty() ? "" : " · ").append(a.section());
        }
        if (!a.authors().isEmpty()) {
            meta.append(meta.isEmpty() ? "" : " · ").append("by ").append(String.join(", ", a.authors()));
        }
        meta.append(meta.isEmpty() ? "" : " · ").append(a.language());
        s.append(meta).append('\n');
        if (a.url() != null) {
            s.append(a.url()).append('\n');
        }
        s.append('\n').append(a.text()).append('\n');
        for (Image image : a.images()) {
            s.append("[image] ");
            if (image.caption() != null) {
                s.append(image.caption()).append(' ');
            }
            if (image.credit() != null) {
                s.append("(credit: ").append(image.credit()).append(')');
            }
            s.append('\n');
        }
        return s.toString();
    }

    /** The article, then what was read in it: entities, times, quotes and source chains, one per line. */
    static String reading(Reading r) {
        StringBuilder s = new StringBuilder(article(r.article()));
        Map<String, String> names = new HashMap<>();
        r.entities().forEach(e -> names.put(e.id(), e.name()));
        s.append("\n-- entities\n");
        for (Entity e : r.entities()) {
            s.append(String.format("%-5s %-12s %s", e.id(), e.type(), e.name()));
            if (!e.aliases().isEmpty()) {
                s.append("  aka ").append(String.join(" | ", e.aliases()));
            }
            s.append("  (").append(e.mentions().size()).append(e.mentions().size() == 1 ? " mention" : " mentions");
            if (!e.asOrganization().isEmpty()) {
                s.append(", ").append(e.asOrganization().size()).append(" as its state");
            }
            s.append(")\n");
        }
        s.append("-- times\n");
        for (Timex t : r.times()) {
            s.append(String.format("%-30s %-9s %s%n", '"' + t.text() + '"', t.type(), t.value()));
        }
        s.append("-- quotes\n");
        for (Quote q : r.quotes()) {
            s.append(q.speaker() == null ? "(unknown)" : names.get(q.speaker())).append(": \u201c")
                    .append(shorten(q.text())).append("\u201d\n");
        }
        s.append("-- attributions\n");
        for (Attribution a : r.attributions()) {
            List<String> chain = a.sources().stream().map(id -> names.getOrDefault(id, id)).toList();
            s.append(String.join(" \u2190 ", chain)).append(": ").append(shorten(a.text())).append('\n');
        }
        return s.toString();
    }

    private static String shorten(String text) {
        String t = text.replaceAll("\\s+", " ").strip();
        return t.length() <= 140 ? t : t.substring(0, 139) + "\u2026";
    }
}
