package dateline.spark;

import dateline.article.Article;
import dateline.event.Event;
import dateline.pipeline.Pipeline;
import dateline.reading.Attribution;
import dateline.reading.Entity;
import dateline.reading.Span;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

import java.io.Serializable;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The job's Parquet tables: one row per article, entity, mention, event and cited source, each row carrying its
 * article's {@code document} (the source the readings name) and {@code published_date}, by which every table is
 * partitioned. Entity references are resolved to names here, so a table can be queried without joining back.
 */
enum Tables {
    ARTICLES(Tables::articles, "document STRING NOT NULL, url STRING, title STRING, published STRING,"
            + " published_from STRING, modified STRING, section STRING, authors ARRAY<STRING>, language STRING,"
            + " lead STRING, text STRING, unread_from INT, entities INT, events INT"),
    ENTITIES(Tables::entities, "document STRING NOT NULL, entity_id STRING, name STRING, type STRING,"
            + " aliases ARRAY<STRING>, mentions INT, lat DOUBLE, lon DOUBLE, gazetteer_id STRING"),
    MENTIONS(Tables::mentions, "document STRING NOT NULL, entity_id STRING, name STRING, type STRING, start INT,"
            + " `end` INT, text STRING"),
    EVENTS(Tables::events, "document STRING NOT NULL, event_id STRING, type STRING, cameo STRING, start INT,"
            + " `end` INT, text STRING, agent STRING, with ARRAY<STRING>, place STRING, lat DOUBLE, lon DOUBLE,"
            + " gazetteer_id STRING, time STRING, time_precision STRING, sources ARRAY<STRING>, polarity STRING,"
            + " status STRING"),
    SOURCES(Tables::sources, "document STRING NOT NULL, claim_start INT, claim_end INT, claim STRING,"
            + " position INT, source STRING, source_type STRING");

    /** The partition column every table ends with; null for an article with no publication date. */
    static final String PARTITION = "published_date";

    private final RowsOf rows;
    private final StructType schema;

    Tables(RowsOf rows, String columns) {
        this.rows = rows;
        this.schema = StructType.fromDDL(columns + ", " + PARTITION + " DATE");
    }

    /** A function Spark can ship to executors: one reading's rows of a table. */
    interface RowsOf extends Function<Pipeline.Result, List<Object[]>>, Serializable {
    }

    /** The table's folder name under the job's {@code parquet/}. */
    String folder() {
        return name().toLowerCase(Locale.ROOT);
    }

    StructType schema() {
        return schema;
    }

    /** The rows of one reading, each ending with its article's publication day. */
    List<Row> rows(Pipeline.Result r) {
        Article a = r.reading().article();
        Date day = a.published() == null ? null : Date.valueOf(a.published().date());
        List<Row> out = new ArrayList<>();
        for (Object[] values : rows.apply(r)) {
            Object[] row = new Object[values.length + 2];
            row[0] = a.source();
            System.arraycopy(values, 0, row, 1, values.length);
            row[row.length - 1] = day;
            out.add(RowFactory.create(row));
        }
        return out;
    }

    private static List<Object[]> articles(Pipeline.Result r) {
        Article a = r.reading().article();
        return List.<Object[]>of(new Object[]{a.url(), a.title(), a.published() == null ? null : a.published().iso(),
                a.published() == null ? null : a.published().from(), a.modified() == null ? null : a.modified().iso(),
                a.section(), a.authors().toArray(String[]::new), a.language(), a.lead(), a.text(),
                r.reading().unreadFrom() < 0 ? null : r.reading().unreadFrom(), r.reading().entities().size(),
                r.events().size()});
    }

    private static List<Object[]> entities(Pipeline.Result r) {
        List<Object[]> out = new ArrayList<>();
        for (Entity e : r.reading().entities()) {
            out.add(new Object[]{e.id(), e.name(), e.type().name(), e.aliases().toArray(String[]::new),
                    e.mentions().size(), e.geo() == null ? null : e.geo().lat(), e.geo() == null ? null : e.geo().lon(),
                    e.geo() == null ? null : e.geo().gazetteerId()});
        }
        return out;
    }

    private static List<Object[]> mentions(Pipeline.Result r) {
        String text = r.reading().article().text();
        List<Object[]> out = new ArrayList<>();
        for (Entity e : r.reading().entities()) {
            for (Span m : e.mentions()) {
                out.add(new Object[]{e.id(), e.name(), e.type().name(), m.start(), m.end(),
                        text.substring(m.start(), m.end())});
            }
        }
        return out;
    }

    private static List<Object[]> events(Pipeline.Result r) {
        Map<String, Entity> byId = byId(r);
        List<Object[]> out = new ArrayList<>();
        for (Event e : r.events()) {
            Entity place = e.place() == null ? null : byId.get(e.place());
            out.add(new Object[]{e.id(), e.type().name(), e.type().cameo(), e.start(), e.end(), e.text(),
                    name(byId, e.agent()), names(byId, e.with()), name(byId, e.place()),
                    place == null || place.geo() == null ? null : place.geo().lat(),
                    place == null || place.geo() == null ? null : place.geo().lon(),
                    place == null || place.geo() == null ? null : place.geo().gazetteerId(), e.time(),
                    e.timePrecision() == null ? null : e.timePrecision().code(), names(byId, e.sources()),
                    e.polarity().name().toLowerCase(Locale.ROOT), e.status().name().toLowerCase(Locale.ROOT)});
        }
        return out;
    }

    /** Every source of every attribution, in chain order: "TASS, citing Voice of Korea" is positions 0 and 1. */
    private static List<Object[]> sources(Pipeline.Result r) {
        Map<String, Entity> byId = byId(r);
        List<Object[]> out = new ArrayList<>();
        for (Attribution a : r.reading().attributions()) {
            for (int i = 0; i < a.sources().size(); i++) {
                Entity source = byId.get(a.sources().get(i));
                out.add(new Object[]{a.start(), a.end(), a.text(), i, name(byId, a.sources().get(i)),
                        source == null ? null : source.type().name()});
            }
        }
        return out;
    }

    private static Map<String, Entity> byId(Pipeline.Result r) {
        Map<String, Entity> out = new HashMap<>();
        r.reading().entities().forEach(e -> out.put(e.id(), e));
        return out;
    }

    private static String name(Map<String, Entity> byId, String id) {
        Entity e = id == null ? null : byId.get(id);
        return e == null ? id : e.name();
    }

    private static String[] names(Map<String, Entity> byId, List<String> ids) {
        return ids.stream().map(id -> name(byId, id)).toArray(String[]::new);
    }
}
