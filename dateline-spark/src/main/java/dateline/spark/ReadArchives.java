package dateline.spark;

import dateline.article.ArticleExtractor;
import dateline.json.ReadingJson;
import dateline.json.ReadingLines;
import dateline.page.Page;
import dateline.page.PageFailure;
import dateline.pipeline.Pipeline;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.TaskContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.TaskCompletionListener;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * Reads news archives on a Spark cluster: every input file (WARC or WARC.gz as in CC-NEWS, HTML, scraped text,
 * feeds) goes through the same {@link Pipeline} as the command line — extract, read, geocode, events — in a task, and
 * the job writes what {@code dateline read --format json} prints, one JSON line per article, to {@code OUT/readings},
 * and one line per page that could not be read ("source: reason") to {@code OUT/failures}. A bad record fails alone.
 * The same readings go to Parquet tables under {@code OUT/parquet/} (articles, entities, mentions, events, sources;
 * see {@link Tables}), partitioned by publication date, for Spark SQL or any Parquet reader; and
 * {@code dateline import OUT} makes a store of the readings without reading the articles again.
 *
 * <pre>
 * spark-submit --class dateline.spark.ReadArchives --driver-memory 3g --executor-memory 3g \
 *   --jars "$(ls dateline-cli/target/lib/*.jar | paste -sd,)" \
 *   dateline-spark/target/dateline-spark-0.1.0-SNAPSHOT.jar hdfs:///cc-news/2023/09/*.warc.gz hdfs:///out/2023-09
 * </pre>
 */
public final class ReadArchives {
    /** Marks a failure among the lines a task returns; never the start of a JSON object. */
    private static final String FAILED = "\u0000";

    private ReadArchives() {
    }

    /** The models, loaded once per executor JVM on first use and shared by its tasks ({@code apply} is thread-safe). */
    private static final class Models {
        static final Pipeline PIPELINE = new Pipeline(new ArticleExtractor());
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: ReadArchives INPUT... OUT   (inputs: files, folders or globs Spark can read)");
            System.exit(2);
        }
        SparkConf conf = new SparkConf().setAppName("dateline read");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            long[] counts = run(sc, Arrays.asList(args).subList(0, args.length - 1), args[args.length - 1]);
            System.out.printf("read %d articles, %d failed; written to %s%n", counts[0], counts[1],
                    args[args.length - 1]);
        }
    }

    /**
     * Reads the inputs and writes {@code out/readings}, {@code out/failures} and {@code out/parquet}: {articles,
     * failures}. Files are split into pages in one task each (cheap), and the pages spread over {@code partitions}
     * tasks for reading (the work), so that one large archive keeps every core busy.
     */
    public static long[] run(JavaSparkContext sc, List<String> inputs, String out) {
        int partitions = sc.getConf().getInt("spark.dateline.partitions", 4 * sc.defaultParallelism());
        JavaRDD<String> lines = sc.binaryFiles(String.join(",", inputs))
                .flatMap(file -> pages(file._1(), file._2()))
                .repartition(partitions)
                .map(ReadArchives::line)
                // Kept for the outputs and the counts without reading twice; on disk, not in the executors' heap.
                .persist(StorageLevel.DISK_ONLY());
        JavaRDD<String> readings = lines.filter(l -> !l.startsWith(FAILED));
        JavaRDD<String> failures = lines.filter(l -> l.startsWith(FAILED)).map(l -> l.substring(FAILED.length()));
        readings.saveAsTextFile(out + "/readings");
        failures.saveAsTextFile(out + "/failures");
        SparkSession spark = SparkSession.builder().sparkContext(sc.sc()).getOrCreate();
        for (Tables table : Tables.values()) {
            JavaRDD<Row> rows = readings.flatMap(line -> table.rows(ReadingLines.parse(line)).iterator());
            spark.createDataFrame(rows, table.schema()).write().partitionBy(Tables.PARTITION)
                    .parquet(out + "/parquet/" + table.folder());
        }
        long[] counts = {readings.count(), failures.count()};
        lines.unpersist();
        return counts;
    }

    /** Every page of one input file, as the task asks for them. */
    static Iterator<PageRecord> pages(String path, PortableDataStream data) {
        PageStream<PageRecord> pages = new PageStream<>(path, data::open, PageRecord::of, PageRecord::of);
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((TaskCompletionListener) done -> pages.close());
        }
        return pages;
    }

    /** Loads the models and warms the JIT on the first pages of a file, in this JVM: a local master's executors. */
    static void warm(String path) {
        try (PageStream<String> lines = new PageStream<>(path, () -> open(path), ReadArchives::line, f -> "")) {
            for (int i = 0; i < 10 && lines.hasNext(); i++) {
                lines.next();
            }
        }
    }

    private static InputStream open(String path) {
        try {
            return Files.newInputStream(Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page's JSON line, or its failure line marked {@link #FAILED}. */
    static String line(PageRecord record) {
        return record.failure() != null ? FAILED + record.failure() : line(record.page());
    }

    private static String line(Page page) {
        try {
            return ReadingJson.line(Models.PIPELINE.apply(page));
        } catch (RuntimeException | StackOverflowError e) {
            return FAILED + new PageFailure(page.source(), "failed: " + e).message();
        }
    }
}
