package dateline.store;

import dateline.event.Event;
import dateline.event.EventType;
import dateline.event.Precision;
import dateline.reading.Entity;
import dateline.reading.EntityType;
import dateline.reading.Geo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The store's queries. */
final class Reads {
    private Reads() {
    }

    private static final String EVENT_COLUMNS = "a.source, a.title, e.vid, e.type, e.time, e.time_precision, e.text,"
            + " e.agent_name, e.with_names, e.place_name, e.lat, e.lon, e.gazetteer_id, e.source_names, e.polarity,"
            + " e.status";
    static final String EVENT_SELECT = "SELECT " + EVENT_COLUMNS + " FROM event e JOIN article a ON a.id = e.article_id";

    /** {@link #EVENT_SELECT} with the article's id and what events are ordered by, for {@link #eventsOnce}. */
    static final String EVENT_SELECT_KEYED = "SELECT " + EVENT_COLUMNS + ", e.article_id AS o_article,"
            + " e.time_date AS o_day, a.published_date AS o_published, e.start_offset AS o_start"
            + " FROM event e JOIN article a ON a.id = e.article_id";

    /** The events of a query of {@link #EVENT_SELECT_KEYED}'s columns that may list one twice: each once, in order. */
    static List<StoredEvent> eventsOnce(Connection db, String sql, List<?> args) {
        List<StoredEvent> out = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>();
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (seen.add(List.of(rs.getLong(17), rs.getString(3)))) {
                        out.add(event(rs));
                    }
                }
            }
        } catch (SQLException e) {
            throw Store.failure(e);
        }
        return out;
    }

    static List<StoredEvent> events(Connection db, String sql, List<?> args) {
        List<StoredEvent> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(event(rs));
                }
            }
        } catch (SQLException e) {
            throw Store.failure(e);
        }
        return out;
    }

    /** These events, in the keys' order: one prepared statement for all, an event a lookup by its key. */
    static List<StoredEvent> events(Connection db, List<EventKey> keys) {
        List<StoredEvent> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement(EVENT_SELECT + " WHERE e.article_id = ? AND e.vid = ?")) {
            for (EventKey k : keys) {
                ps.setLong(1, k.article());
                ps.setString(2, "v" + k.event());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(event(rs));
                    }
                }
            }
        } catch (SQLException e) {
            throw Store.failure(e);
        }
        return out;
    }

    private static StoredEvent event(ResultSet rs) throws SQLException {
        return new StoredEvent(rs.getString(1), rs.getString(2), rs.getString(3),
                EventType.valueOf(rs.getString(4)), rs.getString(5), Precision.of(rs.getString(6)), rs.getString(7),
                rs.getString(8), Store.split(rs.getString(9)), rs.getString(10),
                (Double) rs.getObject(11), (Double) rs.getObject(12), rs.getString(13),
                Store.split(rs.getString(14)), Event.Polarity.valueOf(rs.getString(15)),
                Event.Status.valueOf(rs.getString(16)));
    }

    /** An article's entities with their mentions, in the reading's order (e1, e2, …). */
    static List<StoredArticle.Entity> articleEntities(Connection db, long article) {
        List<StoredArticle.Entity> out = new ArrayList<>();
        try (PreparedStatement e = db.prepareStatement("SELECT eid, name, type, aliases, lat, lon FROM entity"
                + " WHERE article_id = ? ORDER BY CAST(SUBSTRING(eid, 2) AS INT)");
             PreparedStatement m = db.prepareStatement("SELECT start_offset, end_offset FROM mention"
                     + " WHERE article_id = ? AND eid = ? ORDER BY start_offset")) {
            e.setLong(1, article);
            try (ResultSet rs = e.executeQuery()) {
                while (rs.next()) {
                    List<int[]> mentions = new ArrayList<>();
                    m.setLong(1, article);
                    m.setString(2, rs.getString(1));
                    try (ResultSet ms = m.executeQuery()) {
                        while (ms.next()) {
                            mentions.add(new int[]{ms.getInt(1), ms.getInt(2)});
                        }
                    }
                    out.add(new StoredArticle.Entity(rs.getString(1), rs.getString(2), rs.getString(3),
                            Store.split(rs.getString(4)), mentions, (Double) rs.getObject(5), (Double) rs.getObject(6)));
                }
            }
        } catch (SQLException x) {
            throw Store.failure(x);
        }
        return out;
    }

    /** An entity as stored, with the article it belongs to. */
    record StoredEntity(long article, Entity entity) {
        long number() {
            return Long.parseLong(entity.id().substring(1));
        }
    }

    /** Entities with this folded name or alias. */
    static List<StoredEntity> entitiesNamed(Connection db, String key) {
        return entities(db, "SELECT DISTINCT x.article_id, x.eid, x.name, x.type, x.aliases, x.lat, x.lon,"
                + " x.gazetteer_id, x.within FROM entity_name n"
                + " JOIN entity x ON x.article_id = n.article_id AND x.eid = n.eid"
                + " WHERE n.name_key = ? ORDER BY x.article_id, x.eid", key);
    }

    /** Places geocoded to the same gazetteer entry as a place with this folded name, whatever they are called. */
    static List<StoredEntity> entitiesPlacedWith(Connection db, String key) {
        return entities(db, "SELECT DISTINCT y.article_id, y.eid, y.name, y.type, y.aliases, y.lat, y.lon,"
                + " y.gazetteer_id, y.within FROM entity y WHERE y.gazetteer_id IN"
                + " (SELECT x.gazetteer_id FROM entity_name n JOIN entity x ON x.article_id = n.article_id"
                + " AND x.eid = n.eid WHERE n.name_key = ? AND x.gazetteer_id IS NOT NULL)"
                + " ORDER BY y.article_id, y.eid", key);
    }

    private static List<StoredEntity> entities(Connection db, String sql, String key) {
        List<StoredEntity> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String gazetteerId = rs.getString(8);
                    Geo geo = gazetteerId == null ? null : new Geo(rs.getDouble(6), rs.getDouble(7), gazetteerId,
                            rs.getString(9));
                    out.add(new StoredEntity(rs.getLong(1), new Entity(rs.getString(2), rs.getString(3),
                            EntityType.valueOf(rs.getString(4)), Store.split(rs.getString(5)), List.of(), geo)));
                }
            }
        } catch (SQLException e) {
            throw Store.failure(e);
        }
        return out;
    }

    /** An entity of a stored article: the article's id and the entity's number in it (e3 is 3). */
    record EntityKey(long article, long entity) {
    }

    /** An event of a stored article, and the day of the article (for ordering). */
    record EventKey(long article, long event, long epochDay) {
    }

    /**
     * The events these entities took part in as agent or counterpart, in article order (publication date, then
     * storage order) and text order within an article.
     */
    static List<EventKey> participations(Connection db, List<EntityKey> entities) {
        Set<List<Long>> seen = new HashSet<>();
        List<EventKey> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT DISTINCT p.vid, a.published_date FROM participant p"
                + " JOIN article a ON a.id = p.article_id"
                + " WHERE p.article_id = ? AND p.eid = ? AND p.role IN ('agent', 'with')")) {
            for (EntityKey entity : entities) {
                ps.setLong(1, entity.article());
                ps.setString(2, "e" + entity.entity());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long vid = Long.parseLong(rs.getString(1).substring(1));
                        if (seen.add(List.of(entity.article(), vid))) {
                            java.sql.Date d = rs.getDate(2);
                            out.add(new EventKey(entity.article(), vid,
                                    d == null ? Long.MAX_VALUE : d.toLocalDate().toEpochDay()));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw Store.failure(e);
        }
        out.sort(Comparator.comparingLong(EventKey::epochDay).thenComparingLong(EventKey::article)
                .thenComparingLong(EventKey::event));
        return out;
    }
}
