package dateline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The rows of a page of search hits: Lucene finds and counts the articles, the tables say what each is. */
final class Searches {
    private Searches() {
    }

    /** The hits as search lists them: title, date, a passage around the words, the original of a copy. */
    static List<SearchHit> hits(Connection db, List<FullText.Hit> page, String words) throws SQLException {
        List<SearchHit> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT a.source, a.title, a.published, a.text, o.source"
                + " FROM article a LEFT JOIN article o ON o.id = a.copy_of WHERE a.hash = ?")) {
            for (FullText.Hit h : page) {
                ps.setString(1, h.hash());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        out.add(new SearchHit(rs.getString(1), rs.getString(2), rs.getString(3), (float) h.score(),
                                Snippets.around(rs.getString(4), words), rs.getString(5)));
                    }
                }
            }
        }
        return out;
    }
}
