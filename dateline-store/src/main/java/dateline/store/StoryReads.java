package dateline.store;

import dateline.reading.EntityType;
import dateline.reading.Names;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The queries behind {@link Story}: which stories, and what each holds. */
final class StoryReads {
    /** Most entities and places a story lists. */
    static final int TOP = 8;

    private StoryReads() {
    }

    /** The ids of stories with an article in the period (either end may be null) naming {@code about}, latest first. */
    static List<Long> ids(Connection db, LocalDate from, LocalDate to, String about, int limit) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT a.story_id FROM article a WHERE a.story_id IS NOT NULL");
        List<Object> args = new ArrayList<>();
        if (from != null) {
            sql.append(" AND a.published_date >= ?");
            args.add(Date.valueOf(from));
        }
        if (to != null) {
            sql.append(" AND a.published_date <= ?");
            args.add(Date.valueOf(to));
        }
        if (about != null) {
            sql.append(" AND a.story_id IN (SELECT b.story_id FROM entity_name n JOIN article b ON b.id = n.article_id"
                    + " WHERE n.name_key = ?)");
            args.add(Names.key(about));
        }
        sql.append(" GROUP BY a.story_id ORDER BY MAX(a.published_date) DESC NULLS LAST, a.story_id DESC LIMIT ?");
        args.add(limit);
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    /** The story, with its members and events when {@code whole}; null when there is none of that id. */
    static Story story(Connection db, long id, boolean whole) throws SQLException {
        List<Story.Member> members = new ArrayList<>();
        Map<String, Integer> outlets = new HashMap<>();
        String title = null;
        String from = null;
        String to = null;
        int copies = 0;
        try (PreparedStatement ps = db.prepareStatement("SELECT a.source, a.title, a.published, a.url, c.source,"
                + " a.published_date FROM article a LEFT JOIN article c ON c.id = a.copy_of WHERE a.story_id = ?"
                + " ORDER BY a.published_date NULLS LAST, a.published NULLS LAST, a.id")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Story.Member m = new Story.Member(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5));
                    members.add(m);
                    copies += m.copyOf() == null ? 0 : 1;
                    if (title == null && m.copyOf() == null) {
                        title = m.title();
                    }
                    String host = Profiles.host(m.url());
                    if (host != null) {
                        outlets.merge(host, 1, Integer::sum);
                    }
                    Date day = rs.getDate(6);
                    if (day != null) {
                        from = from == null ? day.toString() : from;
                        to = day.toString();
                    }
                }
            }
        }
        if (members.isEmpty()) {
            return null;
        }
        Map<String, Integer> entities = new HashMap<>();
        Map<String, Integer> places = new HashMap<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT name, type, mentions FROM story_name"
                + " WHERE story_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    EntityType type = EntityType.valueOf(rs.getString(2));
                    Map<String, Integer> into = type.isPlace() ? places : type.isAgent() ? entities : null;
                    if (into != null) {
                        into.merge(rs.getString(1), rs.getInt(3), Integer::sum);
                    }
                }
            }
        }
        List<StoredEvent> events = whole ? Reads.events(db, Reads.EVENT_SELECT + " WHERE a.story_id = ?"
                + " AND a.copy_of IS NULL ORDER BY e.time_date NULLS LAST, a.published_date NULLS LAST, e.article_id,"
                + " e.start_offset", List.of(id)) : List.of();
        return new Story(id, title, from, to, members.size() - copies, copies, Profiles.top(outlets, TOP),
                Profiles.top(entities, TOP), Profiles.top(places, TOP), whole ? members : List.of(), events);
    }
}
