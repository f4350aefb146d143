package dateline.store;

import dateline.article.Article;
import dateline.event.Event;
import dateline.reading.Entity;
import dateline.reading.EntityType;
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
 * from the store's tables ({@link #read}), which hold the same. Either fills the sets of an empty one in place before
 * handing it to the index.
 */
record ArticleFacets(Set<String> entities, Set<String> places, Set<String> types, String outlet, LocalDate day,
                     Set<String> entityKeys, Set<String> placeKeys) {
    static ArticleFacets of(Reading reading, List<Event> events) {
        Article a = reading.article();
        ArticleFacets f = empty(a.url(), a.published() == null ? null : a.published().date());
        for (Entity e : reading.entities()) {
            f.name(e.name(), e.type());
            SameEntities.names(e).forEach(k -> f.key(k, e.type())); // the keys the store's entity_name rows hold
        }
        events.forEach(e -> f.types().add(e.type().name()));
        return f;
    }

    static ArticleFacets read(Connection db, long article) throws SQLException {
        String url = null;
        LocalDate day = null;
        try (PreparedStatement ps = db.prepareStatement("SELECT url, published_date FROM article WHERE id = ?")) {
            ps.setLong(1, article);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    url = rs.getString(1);
                    Date d = rs.getDate(2);
                    day = d == null ? null : d.toLocalDate();
                }
            }
        }
        ArticleFacets f = empty(url, day);
        try (PreparedStatement ps = db.prepareStatement("SELECT name, type FROM entity WHERE article_id = ?")) {
            ps.setLong(1, article);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    f.name(rs.getString(1), EntityType.valueOf(rs.getString(2)));
                }
            }
        }
        try (PreparedStatement ps = db.prepareStatement("SELECT n.name_key, x.type FROM entity_name n"
                + " JOIN entity x ON x.article_id = n.article_id AND x.eid = n.eid WHERE n.article_id = ?")) {
            ps.setLong(1, article);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    f.key(rs.getString(1), EntityType.valueOf(rs.getString(2)));
                }
            }
        }
        try (PreparedStatement ps = db.prepareStatement("SELECT DISTINCT type FROM event WHERE article_id = ?")) {
            ps.setLong(1, article);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    f.types().add(rs.getString(1));
                }
            }
        }
        return f;
    }

    private static ArticleFacets empty(String url, LocalDate day) {
        return new ArticleFacets(new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), Profiles.host(url), day,
                new TreeSet<>(), new TreeSet<>());
    }

    private void name(String name, EntityType type) {
        if (type.isPlace()) {
            places.add(name);
        } else if (type.isAgent()) {
            entities.add(name);
        }
    }

    private void key(String key, EntityType type) {
        entityKeys.add(key);
        if (type.isPlace()) {
            placeKeys.add(key);
        }
    }
}
