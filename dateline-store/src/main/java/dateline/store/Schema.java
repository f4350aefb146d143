package dateline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The store's tables. Entity and event ids ("e3", "v7") are local to their article, as in a reading. */
final class Schema {
    private Schema() {
    }

    private static final String[] DDL = {
            "CREATE TABLE IF NOT EXISTS article (id BIGINT AUTO_INCREMENT PRIMARY KEY, hash CHAR(64) NOT NULL UNIQUE,"
                    + " source VARCHAR NOT NULL, url VARCHAR, title VARCHAR, published VARCHAR, published_date DATE,"
                    + " language VARCHAR, text CLOB NOT NULL)",
            // The earliest stored article this one is a copy of (a syndicated or lightly edited version), or null.
            "ALTER TABLE article ADD COLUMN IF NOT EXISTS copy_of BIGINT",
            // The story the article belongs to: the id of the story's first article (see Stories).
            "ALTER TABLE article ADD COLUMN IF NOT EXISTS story_id BIGINT",
            "CREATE INDEX IF NOT EXISTS article_story ON article (story_id)",
            "CREATE TABLE IF NOT EXISTS entity (article_id BIGINT NOT NULL, eid VARCHAR NOT NULL, name VARCHAR NOT NULL,"
                    + " type VARCHAR NOT NULL, aliases VARCHAR, lat DOUBLE, lon DOUBLE, gazetteer_id VARCHAR,"
                    + " PRIMARY KEY (article_id, eid))",
            // Every name and alias of every entity, folded like gazetteer keys: what name queries look up.
            "CREATE TABLE IF NOT EXISTS entity_name (article_id BIGINT NOT NULL, eid VARCHAR NOT NULL,"
                    + " name_key VARCHAR NOT NULL)",
            "CREATE INDEX IF NOT EXISTS entity_name_key ON entity_name (name_key)",
            "CREATE TABLE IF NOT EXISTS mention (article_id BIGINT NOT NULL, eid VARCHAR NOT NULL,"
                    + " start_offset INT NOT NULL, end_offset INT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS event (article_id BIGINT NOT NULL, vid VARCHAR NOT NULL, type VARCHAR NOT NULL,"
                    + " cameo VARCHAR, start_offset INT NOT NULL, end_offset INT NOT NULL, text CLOB,"
                    + " agent_eid VARCHAR, agent_name VARCHAR, with_names VARCHAR, place_eid VARCHAR, place_name VARCHAR,"
                    + " lat DOUBLE, lon DOUBLE, gazetteer_id VARCHAR, time VARCHAR, time_precision VARCHAR,"
                    + " time_date DATE, source_names VARCHAR, polarity VARCHAR NOT NULL, status VARCHAR NOT NULL,"
                    + " PRIMARY KEY (article_id, vid))",
            "CREATE INDEX IF NOT EXISTS event_time ON event (time_date)",
            // What contains a place ("RU.59"; see Geo.within); added by ALTER so that older stores open.
            "ALTER TABLE entity ADD COLUMN IF NOT EXISTS within VARCHAR",
            "CREATE INDEX IF NOT EXISTS event_type ON event (type)",
            // Who took part in each event and how: agent, with, place or source (position keeps chain order).
            "CREATE TABLE IF NOT EXISTS participant (article_id BIGINT NOT NULL, vid VARCHAR NOT NULL,"
                    + " eid VARCHAR NOT NULL, role VARCHAR NOT NULL, position INT NOT NULL)",
            "CREATE INDEX IF NOT EXISTS participant_entity ON participant (article_id, eid)",
            // An entity's mentions and names are read by (article, entity) and places by gazetteer id from every
            // query across articles; without these each such read scans its whole table (seconds at 1,000 articles).
            "CREATE INDEX IF NOT EXISTS mention_entity ON mention (article_id, eid)",
            "CREATE INDEX IF NOT EXISTS entity_name_entity ON entity_name (article_id, eid)",
            "CREATE INDEX IF NOT EXISTS entity_place ON entity (gazetteer_id)",
            "CREATE INDEX IF NOT EXISTS event_place ON event (gazetteer_id)",
            // How many mentions each entity has: what cross-article counts add up, without joining every mention.
            "ALTER TABLE entity ADD COLUMN IF NOT EXISTS mentions INT",
            // What a store has had done to it once, by name: the counts here filled in for rows stored before them.
            "CREATE TABLE IF NOT EXISTS done (name VARCHAR PRIMARY KEY)",
            // How many articles bear each folded name: what stories weigh a name by, kept as articles arrive.
            "CREATE TABLE IF NOT EXISTS name_df (name_key VARCHAR PRIMARY KEY, articles INT NOT NULL)",
            // Each story's names and their mentions in its original articles (see StoryNames).
            "CREATE TABLE IF NOT EXISTS story_name (story_id BIGINT NOT NULL, name VARCHAR NOT NULL,"
                    + " type VARCHAR NOT NULL, mentions INT NOT NULL, PRIMARY KEY (story_id, name, type))",
    };

    static void create(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            for (String ddl : DDL) {
                s.execute(ddl);
            }
            once(s, "entity mentions", "UPDATE entity x SET mentions = (SELECT COUNT(*) FROM mention m"
                    + " WHERE m.article_id = x.article_id AND m.eid = x.eid) WHERE mentions IS NULL");
            once(s, "name df", "INSERT INTO name_df SELECT name_key, COUNT(DISTINCT article_id) FROM entity_name"
                    + " GROUP BY name_key");
        }
    }

    /** Runs an update the first time a store opens with this version, and never again. */
    private static void once(Statement s, String name, String update) throws SQLException {
        try (PreparedStatement done = s.getConnection().prepareStatement("SELECT COUNT(*) FROM done WHERE name = ?")) {
            done.setString(1, name);
            try (ResultSet rs = done.executeQuery()) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    return;
                }
            }
        }
        s.executeUpdate(update);
        try (PreparedStatement mark = s.getConnection().prepareStatement("INSERT INTO done VALUES (?)")) {
            mark.setString(1, name);
            mark.executeUpdate();
        }
    }
}
