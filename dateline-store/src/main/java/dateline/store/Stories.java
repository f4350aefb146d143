package dateline.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Groups stored articles into stories, the articles about one happening, as they arrive. A near copy joins the story
 * of its original. Any other article joins every story that has an article close enough to it — published within
 * {@link #WINDOW_DAYS} days, naming the same people, organisations and places about as often (cosine of their name
 * counts, each name weighted by how rare it is in the store) — and the stories it joins become one, so a late
 * article that ties two reports together merges their stories. A story's id is the id of its first article.
 */
final class Stories {
    /** Most days between two articles of one story (when both are dated). */
    static final int WINDOW_DAYS = 3;
    /** Least similarity of names at which two articles report one happening. */
    static final double LINK = 0.35;
    /** Names of an article that look for candidates: its most mentioned ones. */
    static final int QUERY_NAMES = 8;
    /** Most candidate articles compared with a new one. */
    static final int CANDIDATES = 400;

    private Stories() {
    }

    /** Puts a newly stored article in its story, inside the caller's transaction; returns the story's id. */
    static long assign(Connection db, long article, Long copyOf, LocalDate published) throws SQLException {
        if (copyOf != null) {
            Long story = storyOf(db, copyOf);
            return join(db, article, story == null ? copyOf : story); // a copy's names are its original's
        }
        Map<String, Integer> names = names(db, article);
        List<Long> candidates = candidates(db, article, names, published);
        if (candidates.isEmpty()) {
            return set(db, article, article);
        }
        Map<Long, Map<String, Integer>> others = names(db, candidates);
        Set<String> keys = new HashSet<>(names.keySet());
        others.values().forEach(o -> keys.addAll(o.keySet()));
        Map<String, Double> idf = idf(db, keys);
        TreeSet<Long> joined = new TreeSet<>();
        for (long other : candidates) {
            if (cosine(names, others.get(other), idf) >= LINK) {
                Long story = storyOf(db, other);
                if (story != null) {
                    joined.add(story);
                }
            }
        }
        if (joined.isEmpty()) {
            return set(db, article, article);
        }
        long story = joined.first();
        for (long other : joined.tailSet(story, false)) {
            try (PreparedStatement ps = db.prepareStatement("UPDATE article SET story_id = ? WHERE story_id = ?")) {
                ps.setLong(1, story);
                ps.setLong(2, other);
                ps.executeUpdate();
            }
            StoryNames.merge(db, story, other);
        }
        return set(db, article, story);
    }

    /** Puts an original article (not a copy) in the story, its names counted in the story's. */
    private static long set(Connection db, long article, long story) throws SQLException {
        join(db, article, story);
        StoryNames.add(db, article, story);
        return story;
    }

    private static long join(Connection db, long article, long story) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("UPDATE article SET story_id = ? WHERE id = ?")) {
            ps.setLong(1, story);
            ps.setLong(2, article);
            ps.executeUpdate();
        }
        return story;
    }

    private static Long storyOf(Connection db, long article) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT story_id FROM article WHERE id = ?")) {
            ps.setLong(1, article);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                long story = rs.getLong(1);
                return rs.wasNull() ? null : story;
            }
        }
    }

    /** An article's folded names and aliases, each with the mentions of the entities that bear it. */
    static Map<String, Integer> names(Connection db, long article) throws SQLException {
        return names(db, List.of(article)).get(article);
    }

    /** The names of many articles in one query a few hundred at a time: a new article is compared with hundreds. */
    private static Map<Long, Map<String, Integer>> names(Connection db, List<Long> articles) throws SQLException {
        Map<Long, Map<String, Integer>> out = new HashMap<>();
        for (long a : articles) {
            out.put(a, new HashMap<>());
        }
        for (int from = 0; from < articles.size(); from += 200) {
            List<Long> part = articles.subList(from, Math.min(articles.size(), from + 200));
            try (PreparedStatement ps = db.prepareStatement("SELECT n.article_id, n.name_key, COUNT(m.start_offset)"
                    + " FROM entity_name n JOIN mention m ON m.article_id = n.article_id AND m.eid = n.eid"
                    + " WHERE n.article_id IN (" + String.join(", ", Collections.nCopies(part.size(), "?")) + ")"
                    + " GROUP BY n.article_id, n.name_key")) {
                for (int i = 0; i < part.size(); i++) {
                    ps.setLong(i + 1, part.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.get(rs.getLong(1)).put(rs.getString(2), rs.getInt(3));
                    }
                }
            }
        }
        return out;
    }

    /** Earlier originals that share one of the article's leading names and lie inside the window. */
    private static List<Long> candidates(Connection db, long article, Map<String, Integer> names, LocalDate published)
            throws SQLException {
        List<String> leading = names.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(QUERY_NAMES).map(Map.Entry::getKey).toList();
        if (leading.isEmpty()) {
            return List.of();
        }
        String in = String.join(", ", Collections.nCopies(leading.size(), "?"));
        String sql = "SELECT DISTINCT a.id FROM entity_name n JOIN article a ON a.id = n.article_id"
                + " WHERE n.name_key IN (" + in + ") AND a.id <> ? AND a.copy_of IS NULL AND a.story_id IS NOT NULL"
                + (published == null ? "" : " AND (a.published_date IS NULL OR a.published_date BETWEEN ? AND ?)")
                + " ORDER BY a.id DESC LIMIT " + CANDIDATES;
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            int i = 1;
            for (String key : leading) {
                ps.setString(i++, key);
            }
            ps.setLong(i++, article);
            if (published != null) {
                ps.setDate(i++, Date.valueOf(published.minusDays(WINDOW_DAYS)));
                ps.setDate(i, Date.valueOf(published.plusDays(WINDOW_DAYS)));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    /** ln(1 + N / df) of these names: a name in every article says little about which happening. */
    private static Map<String, Double> idf(Connection db, Set<String> keys) throws SQLException {
        Map<String, Double> out = new HashMap<>();
        double articles;
        try (PreparedStatement count = db.prepareStatement("SELECT COUNT(*) FROM article");
             ResultSet n = count.executeQuery()) {
            n.next();
            articles = n.getLong(1);
        }
        List<String> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += 200) {
            List<String> part = all.subList(from, Math.min(all.size(), from + 200));
            // Read from the counts kept as articles arrive: counting the bearers of a common name, for each of a
            // new article's candidates' names, was half the time of adding an article.
            try (PreparedStatement df = db.prepareStatement("SELECT name_key, articles FROM name_df WHERE name_key IN ("
                    + String.join(", ", Collections.nCopies(part.size(), "?")) + ")")) {
                for (int i = 0; i < part.size(); i++) {
                    df.setString(i + 1, part.get(i));
                }
                try (ResultSet rs = df.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), Math.log(1 + articles / rs.getLong(2)));
                    }
                }
            }
        }
        return out;
    }

    static double cosine(Map<String, Integer> a, Map<String, Integer> b, Map<String, Double> idf) {
        double dot = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            Integer other = b.get(e.getKey());
            if (other != null) {
                double w = idf.getOrDefault(e.getKey(), 1.0);
                dot += e.getValue() * w * other * w;
            }
        }
        return dot == 0 ? 0 : dot / (norm(a, idf) * norm(b, idf));
    }

    private static double norm(Map<String, Integer> v, Map<String, Double> idf) {
        double sum = 0;
        for (Map.Entry<String, Integer> e : v.entrySet()) {
            double w = e.getValue() * idf.getOrDefault(e.getKey(), 1.0);
            sum += w * w;
        }
        return Math.sqrt(sum);
    }
}
