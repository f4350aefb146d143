package dateline.store;

import dateline.event.Itinerary;

import java.net.URI;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The queries behind an {@link EntityProfile}: one entity's articles, names, places, company and sources. */
final class Profiles {
    /** Longest span of days shown day by day; a longer one is shown by ISO week. */
    static final int MAX_DAYS = 92;
    /** Most entries a ranked list keeps. */
    static final int TOP = 15;
    /** Articles read in one query. */
    private static final int BATCH = 200;

    private Profiles() {
    }

    /** An article that mentions the entity: its day, host and whether it is a near copy. */
    private record Seen(String source, LocalDate day, String host, boolean copy) {
    }

    static EntityProfile of(Connection db, String name, Set<String> ownNames, List<Reads.EntityKey> keys,
                            List<StoredEvent> timeline, Itinerary itinerary) throws SQLException {
        Map<Long, Seen> articles = new LinkedHashMap<>();
        Map<String, Integer> names = new HashMap<>();
        Map<String, Integer> types = new HashMap<>();
        Map<String, Integer> places = new HashMap<>();
        Map<String, double[]> coordinates = new HashMap<>();
        Map<Long, Integer> mentionsByArticle = new HashMap<>();
        try (PreparedStatement article = db.prepareStatement("SELECT published_date, url, copy_of, source"
                + " FROM article"
                + " WHERE id = ?");
             PreparedStatement entity = db.prepareStatement("SELECT type, gazetteer_id, lat, lon, name, aliases"
                     + " FROM entity"
                     + " WHERE article_id = ? AND eid = ?");
             PreparedStatement mentions = db.prepareStatement("SELECT start_offset, end_offset FROM mention"
                     + " WHERE article_id = ? AND eid = ?");
             PreparedStatement texts = db.prepareStatement("SELECT text FROM article WHERE id = ?")) {
            // An article's text is read once for all its entity's mentions: each read of it is a whole large object.
            long textOf = -1;
            String text = "";
            List<Reads.EntityKey> byArticle = keys.stream()
                    .sorted(Comparator.comparingLong(Reads.EntityKey::article)).toList();
            for (Reads.EntityKey key : byArticle) {
                Seen seen = articles.get(key.article());
                if (seen == null) {
                    seen = seen(article, key.article());
                    articles.put(key.article(), seen);
                }
                entity.setLong(1, key.article());
                entity.setString(2, "e" + key.entity());
                Set<String> named = new HashSet<>();
                try (ResultSet rs = entity.executeQuery()) {
                    if (rs.next()) {
                        named.add(rs.getString(5).toLowerCase(Locale.ROOT));
                        Store.split(rs.getString(6)).forEach(a -> named.add(a.toLowerCase(Locale.ROOT)));
                    }
                    if (!seen.copy() && !named.isEmpty()) {
                        types.merge(rs.getString(1), 1, Integer::sum);
                        if (rs.getString(2) != null) {
                            places.merge(rs.getString(2), 1, Integer::sum);
                            coordinates.put(rs.getString(2), new double[]{rs.getDouble(3), rs.getDouble(4)});
                        }
                    }
                }
                if (seen.copy()) {
                    continue;
                }
                if (textOf != key.article()) {
                    textOf = key.article();
                    text = text(texts, textOf);
                }
                mentions.setLong(1, key.article());
                mentions.setString(2, "e" + key.entity());
                try (ResultSet rs = mentions.executeQuery()) {
                    while (rs.next()) {
                        mentionsByArticle.merge(key.article(), 1, Integer::sum);
                        int start = Math.min(rs.getInt(1), text.length());
                        String surface = text.substring(start, Math.max(start, Math.min(rs.getInt(2), text.length())))
                                .strip();
                        if (named.contains(surface.toLowerCase(Locale.ROOT))) { // its names, not "he"
                            names.merge(surface, 1, Integer::sum);
                        }
                    }
                }
            }
        }
        List<Long> originals = articles.entrySet().stream().filter(e -> !e.getValue().copy()).map(Map.Entry::getKey)
                .toList();
        String place = top(places, 1).isEmpty() ? null : top(places, 1).get(0).value();
        return new EntityProfile(name, top(types, 1).isEmpty() ? null : top(types, 1).get(0).value(),
                originals.size(), articles.size() - originals.size(),
                mentionsByArticle.values().stream().mapToInt(Integer::intValue).sum(), top(names, TOP),
                place == null ? null : new EntityProfile.Place(place, coordinates.get(place)[0],
                        coordinates.get(place)[1]),
                periods(originals, articles, mentionsByArticle), together(db, keys, articles, ownNames),
                outlets(originals, articles), cited(timeline, articles), timeline, itinerary);
    }

    private static String text(PreparedStatement texts, long article) throws SQLException {
        texts.setLong(1, article);
        try (ResultSet rs = texts.executeQuery()) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    private static Seen seen(PreparedStatement article, long id) throws SQLException {
        article.setLong(1, id);
        try (ResultSet rs = article.executeQuery()) {
            rs.next();
            Date day = rs.getDate(1);
            rs.getLong(3);
            boolean copy = !rs.wasNull();
            return new Seen(rs.getString(4), day == null ? null : day.toLocalDate(), host(rs.getString(2)), copy);
        }
    }

    /** The web host of a URL without "www.", or null. */
    static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static List<EntityProfile.Period> periods(List<Long> originals, Map<Long, Seen> articles,
                                                      Map<Long, Integer> mentions) {
        List<LocalDate> days = originals.stream().map(a -> articles.get(a).day()).filter(d -> d != null).sorted()
                .toList();
        boolean byWeek = !days.isEmpty() && ChronoUnit.DAYS.between(days.get(0), days.get(days.size() - 1)) > MAX_DAYS;
        Map<String, int[]> counts = new TreeMap<>();
        for (long a : originals) {
            LocalDate day = articles.get(a).day();
            if (day != null) {
                String period = byWeek ? String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                        day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)) : day.toString();
                int[] c = counts.computeIfAbsent(period, p -> new int[2]);
                c[0]++;
                c[1] += mentions.getOrDefault(a, 0);
            }
        }
        List<EntityProfile.Period> out = new ArrayList<>();
        counts.forEach((p, c) -> out.add(new EntityProfile.Period(p, c[0], c[1])));
        return out;
    }

    /**
     * The other entities of its articles (copies left out), counted once per article; among as many articles, the
     * more often mentioned first.
     */
    private static List<EntityProfile.Count> together(Connection db, List<Reads.EntityKey> keys,
                                                      Map<Long, Seen> articles, Set<String> ownNames)
            throws SQLException {
        Set<String> own = new HashSet<>();
        ownNames.forEach(n -> own.add(n.toLowerCase(Locale.ROOT)));
        Set<String> itself = new HashSet<>();
        keys.forEach(k -> itself.add(k.article() + "/e" + k.entity()));
        Map<String, int[]> counts = new HashMap<>(); // articles, mentions
        List<Long> originals = articles.entrySet().stream().filter(a -> !a.getValue().copy()).map(Map.Entry::getKey)
                .toList();
        // A few hundred articles a query: an entity named in thousands of articles was thousands of queries.
        for (int from = 0; from < originals.size(); from += BATCH) {
            List<Long> part = originals.subList(from, Math.min(originals.size(), from + BATCH));
            Map<Long, Set<String>> inArticle = new HashMap<>();
            try (PreparedStatement ps = db.prepareStatement("SELECT article_id, eid, name, mentions FROM entity"
                    + " WHERE article_id IN (" + String.join(", ", Collections.nCopies(part.size(), "?")) + ")")) {
                for (int i = 0; i < part.size(); i++) {
                    ps.setLong(i + 1, part.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long article = rs.getLong(1);
                        String other = rs.getString(3);
                        if (itself.contains(article + "/" + rs.getString(2))
                                || own.contains(other.toLowerCase(Locale.ROOT))) {
                            continue;
                        }
                        int[] c = counts.computeIfAbsent(other, o -> new int[2]);
                        c[0] += inArticle.computeIfAbsent(article, a -> new HashSet<>()).add(other) ? 1 : 0;
                        c[1] += rs.getInt(4);
                    }
                }
            }
        }
        return counts.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, int[]> e) -> -e.getValue()[0])
                        .thenComparingInt(e -> -e.getValue()[1]).thenComparing(Map.Entry::getKey))
                .limit(TOP).map(e -> new EntityProfile.Count(e.getKey(), e.getValue()[0])).toList();
    }

    private static List<EntityProfile.Count> outlets(List<Long> originals, Map<Long, Seen> articles) {
        Map<String, Integer> counts = new HashMap<>();
        originals.stream().map(a -> articles.get(a).host()).filter(h -> h != null)
                .forEach(h -> counts.merge(h, 1, Integer::sum));
        return top(counts, TOP);
    }

    /** The sources of its events, near copies' events left out. */
    private static List<EntityProfile.Count> cited(List<StoredEvent> timeline, Map<Long, Seen> articles) {
        Set<String> copies = new HashSet<>();
        articles.values().stream().filter(Seen::copy).forEach(a -> copies.add(a.source()));
        Map<String, Integer> counts = new HashMap<>();
        timeline.stream().filter(e -> !copies.contains(e.document()))
                .forEach(e -> e.sources().forEach(s -> counts.merge(s, 1, Integer::sum)));
        return top(counts, TOP);
    }

    /** The {@code n} largest counts, largest first, ties by value. */
    static List<EntityProfile.Count> top(Map<String, Integer> counts, int n) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n).map(e -> new EntityProfile.Count(e.getKey(), e.getValue())).toList();
    }
}
