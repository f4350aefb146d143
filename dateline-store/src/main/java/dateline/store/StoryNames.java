package dateline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Each story's names with their mentions, kept as articles join stories and stories merge: what a list of stories
 * shows of each. Counting them from the mentions when a story is listed took a pass over every mention of every
 * article in it, and a story can hold thousands.
 */
final class StoryNames {
    private StoryNames() {
    }

    /** Adds an original article's names (with their mention counts) to its story's. */
    static void add(Connection db, long article, long story) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("MERGE INTO story_name t USING (SELECT CAST(? AS BIGINT) sid,"
                + " x.name, x.type, COUNT(m.start_offset) c FROM entity x JOIN mention m ON m.article_id = x.article_id"
                + " AND m.eid = x.eid WHERE x.article_id = ? GROUP BY x.name, x.type) s"
                + " ON t.story_id = s.sid AND t.name = s.name AND t.type = s.type"
                + " WHEN MATCHED THEN UPDATE SET mentions = t.mentions + s.c"
                + " WHEN NOT MATCHED THEN INSERT VALUES (s.sid, s.name, s.type, s.c)")) {
            ps.setLong(1, story);
            ps.setLong(2, article);
            ps.executeUpdate();
        }
    }

    /** Moves the names of a story merged into another into that one's. */
    static void merge(Connection db, long into, long from) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("MERGE INTO story_name t USING (SELECT CAST(? AS BIGINT) sid,"
                + " name, type, mentions FROM story_name WHERE story_id = ?) s"
                + " ON t.story_id = s.sid AND t.name = s.name AND t.type = s.type"
                + " WHEN MATCHED THEN UPDATE SET mentions = t.mentions + s.mentions"
                + " WHEN NOT MATCHED THEN INSERT VALUES (s.sid, s.name, s.type, s.mentions)");
             PreparedStatement delete = db.prepareStatement("DELETE FROM story_name WHERE story_id = ?")) {
            ps.setLong(1, into);
            ps.setLong(2, from);
            ps.executeUpdate();
            delete.setLong(1, from);
            delete.executeUpdate();
        }
    }

    /** Counts every story's names afresh when the store holds stories and no names of them (an older store). */
    static void fillIfMissing(Connection db) throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet any = s.executeQuery("SELECT (SELECT COUNT(*) FROM story_name),"
                     + " (SELECT COUNT(*) FROM article WHERE story_id IS NOT NULL AND copy_of IS NULL)")) {
            any.next();
            if (any.getLong(1) > 0 || any.getLong(2) == 0) {
                return;
            }
        }
        try (Statement s = db.createStatement()) {
            s.executeUpdate("INSERT INTO story_name SELECT a.story_id, x.name, x.type, COUNT(m.start_offset)"
                    + " FROM entity x JOIN article a ON a.id = x.article_id JOIN mention m ON m.article_id = x.article_id"
                    + " AND m.eid = x.eid WHERE a.story_id IS NOT NULL AND a.copy_of IS NULL"
                    + " GROUP BY a.story_id, x.name, x.type");
        }
    }
}
