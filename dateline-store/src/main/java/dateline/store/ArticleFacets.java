package dateline.store;

import dateline.article.Article;
import dateline.event.Event;
import dateline.reading.Entity;
import dateline.reading.Reading;
import dateline.resolve.SameEntities;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an article's index document carries besides its words, for search to narrow and count by: the names of its
 * people and organisations and of its places, the types of the events it reports, its outlet and its day, and the
 * folded names and aliases that narrow by a name ({@code entityKeys}, {@code placeKeys}).
 *
 * <p>A new article's come from its reading ({@link #of}); an article stored before the index held them has them read
 * from the store's tables ({@link #read}), which hold the same.
 */
record ArticleFacets(Set<String> entities, Set<String> places, Set<String> types, String outlet, LocalDate day,
                     Set<String> entityKeys, Set<String> placeKeys) {
    static ArticleFacets of(Reading reading, List<Event> events) {
        Set<String> entities = new TreeSet<>();
        Set<String> places = new TreeSet<>();
        Set<String> entityKeys = new TreeSet<>();
        Set<String> placeKeys = new TreeSet<>();
        for (Entity e : reading.entities()) {
            String type = e.type().name();
            (isPlace(type) ? places : isAgent(type) ? entities : new TreeSet<String>()).add(e.name());
            entityKeys.addAll(SameEntities.names(e)); // the keys the store's entity_name rows hold
            if (isPlace(type)) {
                placeKeys.addAll(SameEntities.names(e));
            }
        }
        Set<String> types = new TreeSet<>();
        events.forEach(e -> types.add(e.type().name()));
        Article a = reading.article();
        return new ArticleFacets(entities, places, types, Profiles.host(a.url()),
                a.published() == null ? null : a.published().date(), entityKeys, placeKeys);
    }

    static ArticleFacets read(Connection db, long article) throws SQLException {
        String outlet = null;
        LocalDate day = null;
        try (PreparedStatement ps = db.prepareStatement("SELECT url, published_date FROM article WHERE id = ?")) {
            ps.setLong(1, article);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    outlet = Profiles.host(rs.getString(1));
                    Date d = rs.getDate(2);
                    day = d == null ? null : d.toLocalDate();
                }
            }
        }
        Set<String> entities = new TreeSet<>();
        Set<String> places = new TreeSet<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT name, type FROM entity WHERE article_id = ?")) {
            ps.setLong(1, article);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    (isPlace(rs.getString(2)) ? places : isAgent(rs.getString(2)) ? entities : new TreeSet<String>())
                            .add(rs.getString(1));
                }
            }
        }
        Set<String> entityKeys = new TreeSet<>();
        Set<String> placeKeys = new TreeSet<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT n.name_key, x.type FROM entity_name n"
                + " JOIN entity x ON x.article_id = n.article_id AND x.eid = n.eid WHERE n.article_id = ?")) {
            ps.setLong(1, article);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entityKeys.add(rs.getString(1));
                    if (isPlace(rs.getString(2))) {
                        placeKeys.add(rs.getString(1));
                    }
                }
            }
        }
        Set<String> types = new TreeSet<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT DISTINCT type FROM event WHERE article_id = ?")) {
            ps.setLong(1, article);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    types.add(rs.getString(1));
                }
            }
        }
        return new ArticleFacets(entities, places, types, outlet, day, entityKeys, placeKeys);
    }

    private static boolean isPlace(String type) {
        return type.equals("LOCATION") || type.equals("FACILITY");
    }

    private static boolean isAgent(String type) {
        return type.equals("PERSON") || type.equals("ORGANIZATION");
    }
}
