package dateline.store;

import dateline.article.Article;
import dateline.event.Event;
import dateline.event.EventType;
import dateline.event.Itinerary;
import dateline.event.Precision;
import dateline.reading.Entity;
import dateline.reading.EntityType;
import dateline.reading.Names;
import dateline.reading.Reading;
import dateline.resolve.SameEntities;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Dateline's store: readings and their events in one folder, nothing to install.
 *
 * <p>Articles, entities, their names and mentions, events and their participants and sources live in an embedded H2
 * database ({@code dateline.mv.db}); the article text is indexed by Lucene ({@code lucene/}) for full-text search.
 * H2 rather than SQLite: it is pure Java (no native library to unpack, so it runs wherever the JVM runs, Spark
 * executors included), and its MVStore commits are crash-safe.
 *
 * <p>Storing is idempotent and crash-safe: an article is keyed by a hash of its content, and goes into the database
 * in one transaction, so the same page twice is stored once and a killed run loses at most the article it was
 * writing. Lucene is made to agree with the database when the store opens: articles the index lacks are indexed
 * again from their stored text, and documents the database lacks are deleted.
 *
 * <p>One process at a time: the database is locked while open.
 */
public final class Store implements AutoCloseable {
    private static final String SEP = "\u001f";
    private static final int COMMIT_EVERY = 64;
    /**
     * Shingle similarity (Jaccard, five-word shingles) from which a text is a copy of a stored one. Versions of one
     * wire story differ by a dateline, a byline, a reworded phrase, a last paragraph cut or added, and still share
     * well over half their shingles; two reports of one event in different words share a few per cent, quotes
     * included.
     */
    static final double COPY_SIMILARITY = 0.5;

    private final Connection db;
    private final FullText fullText;
    private int uncommitted;

    private Store(Connection db, FullText fullText) {
        this.db = db;
        this.fullText = fullText;
    }

    /** Opens the store in this folder, creating it if needed, and brings the full-text index in line. */
    public static Store open(Path dir) {
        Objects.requireNonNull(dir, "dir");
        try {
            Files.createDirectories(dir);
            Connection db = DriverManager.getConnection("jdbc:h2:file:" + dir.toAbsolutePath().resolve("dateline")
                    // WRITE_DELAY=0: a commit reaches the file before put() returns, not up to a second later,
                    // so a killed process loses nothing it reported as stored.
                    + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;CACHE_SIZE=131072", "sa", "");
            Schema.create(db);
            Store store = new Store(db, new FullText(dir.resolve("lucene")));
            store.reconcile();
            return store;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the store in " + dir + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the full-text index in " + dir, e);
        }
    }

    /** The content hash an article is stored under: the same text and title, the same article. */
    public static String hash(Article a) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((a.title() == null ? "" : a.title()).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(a.text().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether an article with this content is stored already. */
    public boolean contains(Article article) {
        return articleId(hash(article)) != null;
    }

    /**
     * Stores a reading and its events, unless an article with the same content is stored already. An article whose
     * text is nearly that of a stored one (a syndicated copy, an edited version) is stored and marked as a copy of the
     * earliest such article.
     *
     * @return true when stored, false when it was there already
     */
    public boolean put(Reading reading, List<Event> events) {
        Article a = reading.article();
        String hash = hash(a);
        if (articleId(hash) != null) {
            return false;
        }
        Long copyOf = original(a);
        try {
            db.setAutoCommit(false);
            long id = Writes.article(db, hash, a, copyOf);
            Map<String, Entity> entities = new HashMap<>();
            for (Entity e : reading.entities()) {
                entities.put(e.id(), e);
            }
            Writes.entities(db, id, reading.entities());
            Writes.events(db, id, events, entities);
            Stories.assign(db, id, copyOf, a.published() == null ? null : a.published().date());
            db.commit();
        } catch (SQLException e) {
            rollback();
            throw new IllegalStateException("cannot store " + a.source() + ": " + e.getMessage(), e);
        } finally {
            autoCommit();
        }
        try {
            fullText.put(hash, a.title(), a.text(), ArticleFacets.of(reading, events));
            if (++uncommitted >= COMMIT_EVERY) {
                fullText.commit();
                uncommitted = 0;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index " + a.source(), e);
        }
        return true;
    }

    /** The id of the earliest stored article this one is a near copy of, or null. */
    private Long original(Article a) {
        try {
            FullText.Hit nearest = fullText.nearest(a.text(), COPY_SIMILARITY);
            if (nearest == null) {
                return null;
            }
            try (PreparedStatement ps = db.prepareStatement("SELECT id, copy_of FROM article WHERE hash = ?")) {
                ps.setString(1, nearest.hash());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return null;
                    }
                    long copyOf = rs.getLong(2);
                    return rs.wasNull() ? rs.getLong(1) : copyOf;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look for copies of " + a.source(), e);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The latest articles, by publication date (undated last), as hits with the opening of their text. */
    public List<SearchHit> recent(int limit) {
        List<SearchHit> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT a.source, a.title, a.published,"
                + " SUBSTRING(a.text, 1, 241), o.source FROM article a LEFT JOIN article o ON o.id = a.copy_of"
                + " ORDER BY a.published_date DESC NULLS LAST, a.id DESC LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String opening = rs.getString(4);
                    opening = opening.length() > 240 ? opening.substring(0, 240) + "…" : opening;
                    out.add(new SearchHit(rs.getString(1), rs.getString(2), rs.getString(3), 0f,
                            opening.replaceAll("\\s+", " ").strip(), rs.getString(5)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The stored article read from this source (a path, or path#record inside a WARC), or null. */
    public StoredArticle article(String document) {
        try (PreparedStatement ps = db.prepareStatement("SELECT a.id, a.title, a.published, a.url, a.text, o.source"
                + " FROM article a LEFT JOIN article o ON o.id = a.copy_of WHERE a.source = ? ORDER BY a.id")) {
            ps.setString(1, document);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                long id = rs.getLong(1);
                List<StoredEvent> events = Reads.events(db, Reads.EVENT_SELECT + " WHERE e.article_id = ?"
                        + " ORDER BY e.start_offset", List.of(id));
                return new StoredArticle(document, rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), Reads.articleEntities(db, id), events);
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Each stored copy's source with the source of the article it copies, in the order they were stored. */
    public Map<String, String> copies() {
        Map<String, String> out = new LinkedHashMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT c.source, o.source FROM article c"
                + " JOIN article o ON o.id = c.copy_of ORDER BY c.id")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
            return out;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** How many stored articles are near copies of others. */
    public int copyCount() {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM article WHERE copy_of IS NOT NULL")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    public int articles() {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM article")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    public int eventCount() {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM event")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Articles matching a Lucene query ({@code putin AND kim}, {@code "Far East"}), best first. */
    public List<SearchHit> search(String query, int limit) {
        return search(SearchQuery.of(query, limit)).hits();
    }

    /** A page of the articles matching the words and facet values, and how many match in all. */
    public SearchResult search(SearchQuery q) {
        try {
            flush();
            FullText.Page page = fullText.page(q);
            return new SearchResult(page.total(), Searches.hits(db, page.hits(), q.text()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** What the articles matching the words and facet values are about: the values they have most, counted. */
    public SearchFacets facets(SearchQuery q) {
        try {
            flush();
            return fullText.facets(q);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Events matching the query, in date order (undated last). */
    public List<StoredEvent> events(EventQuery q) {
        StringBuilder sql = new StringBuilder(" WHERE 1=1");
        List<Object> args = new ArrayList<>();
        if (q.type() != null) {
            sql.append(" AND e.type = ?");
            args.add(q.type().name());
        }
        if (q.from() != null) {
            sql.append(" AND e.time_date >= ?");
            args.add(q.from());
        }
        if (q.to() != null) {
            sql.append(" AND e.time_date <= ?");
            args.add(q.to());
        }
        String order = " ORDER BY o_day NULLS LAST, o_published NULLS LAST, o_article, o_start";
        if (q.place() == null) {
            return Reads.eventsOnce(db, Reads.EVENT_SELECT_KEYED + sql + order, args);
        }
        // The place by any of its names: placed where a place of this name is ("Primorye", "Primorsky Krai"; "DPRK",
        // "North Korea"), or at an entity of this name. Two lookups by index, each a part of a union: one condition
        // with OR between them made every query a scan of all events.
        String key = Names.key(q.place());
        List<Object> both = new ArrayList<>(args);
        both.add(key);
        both.addAll(args);
        both.add(key);
        return Reads.eventsOnce(db, "SELECT * FROM (" + Reads.EVENT_SELECT_KEYED + sql
                + " AND e.gazetteer_id IN (SELECT x.gazetteer_id FROM entity_name n JOIN entity x"
                + " ON x.article_id = n.article_id AND x.eid = n.eid WHERE n.name_key = ? AND x.gazetteer_id IS NOT NULL)"
                + " UNION ALL " + Reads.EVENT_SELECT_KEYED
                + " JOIN entity_name pn ON pn.article_id = e.article_id AND pn.eid = e.place_eid"
                + sql + " AND pn.name_key = ?) u" + order, both);
    }

    /** Everything a person or organisation did or had done with them, in date order (undated last). */
    public List<StoredEvent> timeline(String name) {
        Who who = who(name);
        return who == null ? List.of() : byTime(Reads.events(db, Reads.participations(db, who.entities())));
    }

    /** Where a person was, stop by stop, merged across every stored article; null when the name is unknown. */
    public Itinerary itinerary(String name) {
        Who who = who(name);
        return who == null ? null : itinerary(who, Reads.events(db, Reads.participations(db, who.entities())));
    }

    private static List<StoredEvent> byTime(List<StoredEvent> events) {
        List<StoredEvent> out = new ArrayList<>(events);
        out.sort(java.util.Comparator.comparing((StoredEvent e) -> e.time() == null ? "9999" : e.time()));
        return out;
    }

    /** The stops among the events they took part in (in article order), merged. */
    private static Itinerary itinerary(Who who, List<StoredEvent> events) {
        List<Itinerary.Stop> candidates = new ArrayList<>();
        for (StoredEvent e : events) {
            if (e.lat() == null || !Itinerary.isStop(e.type(), e.polarity(), e.status())) {
                continue;
            }
            LocalDate date = e.timePrecision() == Precision.DAY ? LocalDate.parse(e.time()) : null;
            List<String> with = new ArrayList<>(e.with());
            if (e.agent() != null) {
                with.add(0, e.agent());
            }
            with.removeIf(who.names()::contains);
            candidates.add(new Itinerary.Stop(date, e.place(), e.lat(), e.lon(), e.gazetteerId(), with, e.text(),
                    e.sources(), List.of(e.document())));
        }
        return Itinerary.merge(who.name(), candidates);
    }

    /**
     * A person, organisation or place across every stored article: names, counts over time, company, outlets,
     * events and stops; null when the name is unknown.
     */
    public EntityProfile entity(String name) {
        Who who = who(name);
        if (who == null) {
            return null;
        }
        try {
            List<StoredEvent> events = Reads.events(db, Reads.participations(db, who.entities()));
            return Profiles.of(db, who.name(), who.names(), who.entities(), byTime(events), itinerary(who, events));
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * The stories with an article published in the period (either end may be null) that names {@code about} (null:
     * any), latest first, without their articles and events.
     */
    public List<Story> stories(LocalDate from, LocalDate to, String about, int limit) {
        try {
            List<Story> out = new ArrayList<>();
            for (long id : StoryReads.ids(db, from, to, about, limit)) {
                out.add(StoryReads.story(db, id, false));
            }
            return out;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** One story with its articles in time order and its events; null when there is no story of that id. */
    public Story story(long id) {
        try {
            return StoryReads.story(db, id, true);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The story an article belongs to, or null when no such article is stored. */
    public Long storyOf(String document) {
        try (PreparedStatement ps = db.prepareStatement("SELECT story_id FROM article WHERE source = ?")) {
            ps.setString(1, document);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Who a name means: the entities that bear it (by name, else by another name), and its canonical form. */
    private record Who(String name, Set<String> names, List<Reads.EntityKey> entities) {
    }

    private Who who(String name) {
        String key = Names.key(name);
        List<Reads.StoredEntity> found = Reads.entitiesNamed(db, key);
        if (found.isEmpty()) {
            return null;
        }
        Set<List<Object>> seen = new HashSet<>();
        found.forEach(f -> seen.add(List.of(f.article(), f.entity().id())));
        for (Reads.StoredEntity f : Reads.entitiesPlacedWith(db, key)) { // the same place under its other names
            if (seen.add(List.of(f.article(), f.entity().id()))) {
                found.add(f);
            }
        }
        found.addAll(sameElsewhere(found, seen, key));
        // People first: "Kim" the person, not Kim the company, when both exist.
        boolean anyPerson = found.stream().anyMatch(f -> f.entity().type() == EntityType.PERSON);
        Map<String, Integer> votes = new LinkedHashMap<>();
        List<Reads.EntityKey> entities = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (Reads.StoredEntity f : found) {
            if (anyPerson && f.entity().type() != EntityType.PERSON) {
                continue;
            }
            entities.add(new Reads.EntityKey(f.article(), f.number()));
            votes.merge(f.entity().name(), Names.key(f.entity().name()).equals(key) ? 1000 : 1, Integer::sum);
            names.add(f.entity().name());
        }
        String canonical = votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return new Who(canonical, names, entities);
    }

    /**
     * The entities of other articles that are one with those found ({@link SameEntities#same}): the "Kim" of an
     * article that never writes "Kim Jong Un" is him when an article that does calls him "Kim" too. One step, not the
     * closure: a name asked for should not drift through a chain of namesakes.
     */
    private List<Reads.StoredEntity> sameElsewhere(List<Reads.StoredEntity> found, Set<List<Object>> seen,
                                                   String asked) {
        // A name borne in hundreds of articles is borne by a few distinct entities: compare those, each pair once.
        Map<String, Map<Entity, Set<Long>>> byName = new LinkedHashMap<>();
        for (Reads.StoredEntity f : found) {
            for (String n : SameEntities.names(f.entity())) {
                byName.computeIfAbsent(n, k -> new LinkedHashMap<>())
                        .computeIfAbsent(asSuch(f.entity()), k -> new HashSet<>()).add(f.article());
            }
        }
        Map<List<Entity>, Boolean> same = new HashMap<>();
        List<Reads.StoredEntity> more = new ArrayList<>();
        byName.forEach((n, bearers) -> {
            if (n.equals(asked)) {
                return; // every entity of the name asked for is among those found already
            }
            for (Reads.StoredEntity candidate : Reads.entitiesNamed(db, n)) {
                List<Object> ref = List.of(candidate.article(), candidate.entity().id());
                Entity other = asSuch(candidate.entity());
                if (!seen.contains(ref) && bearers.entrySet().stream().anyMatch(b ->
                        !b.getValue().equals(Set.of(candidate.article()))
                                && same.computeIfAbsent(List.of(b.getKey(), other),
                                k -> SameEntities.same(k.get(0), k.get(1))))) {
                    seen.add(ref);
                    more.add(candidate);
                }
            }
        });
        return more;
    }

    /** The entity without its id: what {@link SameEntities#same} looks at. */
    private static Entity asSuch(Entity e) {
        return new Entity("e0", e.name(), e.type(), e.aliases(), List.of(), e.geo());
    }

    private void reconcile() throws SQLException, IOException {
        StoryNames.fillIfMissing(db);
        unstoried();
        Set<String> indexed = fullText.hashes();
        Set<String> stored = new HashSet<>();
        List<Long> unindexed = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT hash, id FROM article")) {
            while (rs.next()) {
                String hash = rs.getString(1);
                stored.add(hash);
                if (!indexed.contains(hash)) {
                    unindexed.add(rs.getLong(2));
                }
            }
        }
        try (PreparedStatement ps = db.prepareStatement("SELECT hash, title, text FROM article WHERE id = ?")) {
            for (long id : unindexed) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        fullText.put(rs.getString(1), rs.getString(2), rs.getString(3), ArticleFacets.read(db, id));
                    }
                }
            }
        }
        for (String orphan : indexed) {
            if (!stored.contains(orphan)) {
                fullText.delete(orphan);
            }
        }
        fullText.commit();
    }

    /** Articles stored before stories were kept get theirs, oldest first, as if they had just arrived. */
    private void unstoried() throws SQLException {
        List<Object[]> missing = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT id, copy_of, published_date"
                + " FROM article WHERE story_id IS NULL ORDER BY id")) {
            while (rs.next()) {
                long copyOf = rs.getLong(2);
                Long copy = rs.wasNull() ? null : copyOf;
                java.sql.Date day = rs.getDate(3);
                missing.add(new Object[]{rs.getLong(1), copy, day == null ? null : day.toLocalDate()});
            }
        }
        for (Object[] m : missing) {
            Stories.assign(db, (Long) m[0], (Long) m[1], (LocalDate) m[2]);
        }
    }

    private Long articleId(String hash) {
        try (PreparedStatement ps = db.prepareStatement("SELECT id FROM article WHERE hash = ?")) {
            ps.setString(1, hash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private void flush() throws IOException {
        if (uncommitted > 0) {
            fullText.commit();
            uncommitted = 0;
        }
    }

    private void rollback() {
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // the connection is gone; the transaction died with it
        }
    }

    private void autoCommit() {
        try {
            db.setAutoCommit(true);
        } catch (SQLException ignored) {
            // see rollback()
        }
    }

    static IllegalStateException failure(SQLException e) {
        return new IllegalStateException("store: " + e.getMessage(), e);
    }

    @Override
    public void close() {
        try {
            fullText.commit();
            fullText.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                db.close();
            } catch (SQLException e) {
                throw failure(e);
            }
        }
    }

    static void setNullable(PreparedStatement ps, int i, Object v, int sqlType) throws SQLException {
        if (v == null) {
            ps.setNull(i, sqlType);
        } else {
            ps.setObject(i, v);
        }
    }

    static String join(List<String> values) {
        return String.join(SEP, values);
    }

    static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(SEP));
    }
}
