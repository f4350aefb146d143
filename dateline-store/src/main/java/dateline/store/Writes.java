package dateline.store;

import dateline.article.Article;
import dateline.event.Event;
import dateline.reading.Entity;
import dateline.reading.Span;
import dateline.resolve.SameEntities;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The inserts of one article, inside the caller's transaction. */
final class Writes {
    private Writes() {
    }

    static long article(Connection db, String hash, Article a, Long copyOf) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO article (hash, source, url, title, published,"
                + " published_date, language, text, copy_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, hash);
            ps.setString(2, a.source());
            Store.setNullable(ps, 3, a.url(), Types.VARCHAR);
            Store.setNullable(ps, 4, a.title(), Types.VARCHAR);
            Store.setNullable(ps, 5, a.published() == null ? null : a.published().iso(), Types.VARCHAR);
            Store.setNullable(ps, 6, a.published() == null ? null : a.published().date(), Types.DATE);
            ps.setString(7, a.language());
            ps.setString(8, a.text());
            Store.setNullable(ps, 9, copyOf, Types.BIGINT);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static void entities(Connection db, long article, List<Entity> entities) throws SQLException {
        try (PreparedStatement e = db.prepareStatement("INSERT INTO entity (article_id, eid, name, type, aliases, lat,"
                + " lon, gazetteer_id, within, mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement n = db.prepareStatement("INSERT INTO entity_name (article_id, eid, name_key) VALUES (?, ?, ?)");
             PreparedStatement m = db.prepareStatement("INSERT INTO mention (article_id, eid, start_offset, end_offset)"
                     + " VALUES (?, ?, ?, ?)")) {
            for (Entity x : entities) {
                e.setLong(1, article);
                e.setString(2, x.id());
                e.setString(3, x.name());
                e.setString(4, x.type().name());
                e.setString(5, Store.join(x.aliases()));
                Store.setNullable(e, 6, x.geo() == null ? null : x.geo().lat(), Types.DOUBLE);
                Store.setNullable(e, 7, x.geo() == null ? null : x.geo().lon(), Types.DOUBLE);
                Store.setNullable(e, 8, x.geo() == null ? null : x.geo().gazetteerId(), Types.VARCHAR);
                Store.setNullable(e, 9, x.geo() == null ? null : x.geo().within(), Types.VARCHAR);
                e.setInt(10, x.mentions().size());
                e.addBatch();
                for (String k : SameEntities.names(x)) {
                    n.setLong(1, article);
                    n.setString(2, x.id());
                    n.setString(3, k);
                    n.addBatch();
                }
                for (Span s : x.mentions()) {
                    m.setLong(1, article);
                    m.setString(2, x.id());
                    m.setInt(3, s.start());
                    m.setInt(4, s.end());
                    m.addBatch();
                }
            }
            e.executeBatch();
            n.executeBatch();
            m.executeBatch();
        }
        Set<String> keys = new HashSet<>();
        entities.forEach(x -> keys.addAll(SameEntities.names(x)));
        try (PreparedStatement df = db.prepareStatement("MERGE INTO name_df t USING (SELECT CAST(? AS VARCHAR) k) s"
                + " ON t.name_key = s.k WHEN MATCHED THEN UPDATE SET articles = t.articles + 1"
                + " WHEN NOT MATCHED THEN INSERT VALUES (s.k, 1)")) {
            for (String k : keys) {
                df.setString(1, k);
                df.addBatch();
            }
            df.executeBatch();
        }
    }

    static void events(Connection db, long article, List<Event> events, Map<String, Entity> entities) throws SQLException {
        try (PreparedStatement ev = db.prepareStatement("INSERT INTO event (article_id, vid, type, cameo, start_offset,"
                + " end_offset, text, agent_eid, agent_name, with_names, place_eid, place_name, lat, lon, gazetteer_id,"
                + " time, time_precision, time_date, source_names, polarity, status)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement p = db.prepareStatement("INSERT INTO participant (article_id, vid, eid, role, position)"
                     + " VALUES (?, ?, ?, ?, ?)")) {
            for (Event x : events) {
                Entity place = x.place() == null ? null : entities.get(x.place());
                ev.setLong(1, article);
                ev.setString(2, x.id());
                ev.setString(3, x.type().name());
                Store.setNullable(ev, 4, x.type().cameo(), Types.VARCHAR);
                ev.setInt(5, x.start());
                ev.setInt(6, x.end());
                ev.setString(7, x.text());
                Store.setNullable(ev, 8, x.agent(), Types.VARCHAR);
                Store.setNullable(ev, 9, name(entities, x.agent()), Types.VARCHAR);
                ev.setString(10, Store.join(names(entities, x.with())));
                Store.setNullable(ev, 11, x.place(), Types.VARCHAR);
                Store.setNullable(ev, 12, place == null ? null : place.name(), Types.VARCHAR);
                Store.setNullable(ev, 13, place == null || place.geo() == null ? null : place.geo().lat(), Types.DOUBLE);
                Store.setNullable(ev, 14, place == null || place.geo() == null ? null : place.geo().lon(), Types.DOUBLE);
                Store.setNullable(ev, 15, place == null || place.geo() == null ? null : place.geo().gazetteerId(), Types.VARCHAR);
                Store.setNullable(ev, 16, x.time(), Types.VARCHAR);
                Store.setNullable(ev, 17, x.timePrecision() == null ? null : x.timePrecision().code(), Types.VARCHAR);
                Store.setNullable(ev, 18, firstDay(x.time()), Types.DATE);
                ev.setString(19, Store.join(names(entities, x.sources())));
                ev.setString(20, x.polarity().name());
                ev.setString(21, x.status().name());
                ev.addBatch();
                int pos = 0;
                if (x.agent() != null) {
                    participant(p, article, x.id(), x.agent(), "agent", pos++);
                }
                for (String w : x.with()) {
                    participant(p, article, x.id(), w, "with", pos++);
                }
                if (x.place() != null) {
                    participant(p, article, x.id(), x.place(), "place", pos++);
                }
                for (String s : x.sources()) {
                    participant(p, article, x.id(), s, "source", pos++);
                }
            }
            ev.executeBatch();
            p.executeBatch();
        }
    }

    private static void participant(PreparedStatement p, long article, String vid, String eid, String role, int pos)
            throws SQLException {
        p.setLong(1, article);
        p.setString(2, vid);
        p.setString(3, eid);
        p.setString(4, role);
        p.setInt(5, pos);
        p.addBatch();
    }

    /** The first day an ISO date of any precision covers: "2023-09" → 2023-09-01; null when not a date. */
    static LocalDate firstDay(String time) {
        if (time == null) {
            return null;
        }
        try {
            if (time.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                return LocalDate.parse(time.substring(0, 10));
            }
            if (time.matches("\\d{4}-\\d{2}")) {
                return LocalDate.parse(time + "-01");
            }
            if (time.matches("\\d{4}")) {
                return LocalDate.parse(time + "-01-01");
            }
            if (time.matches("\\d{4}-W\\d{2}")) {
                return LocalDate.parse(time.substring(0, 4) + "-01-04")
                        .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(time.substring(6)))
                        .with(java.time.DayOfWeek.MONDAY);
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    private static String name(Map<String, Entity> entities, String id) {
        Entity e = id == null ? null : entities.get(id);
        return e == null ? id : e.name();
    }

    private static List<String> names(Map<String, Entity> entities, List<String> ids) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            out.add(name(entities, id));
        }
        return out;
    }
}
