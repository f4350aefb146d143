package dateline.spark;

import com.fasterxml.jackson.databind.JsonNode;
import dateline.json.Json;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The job on a local Spark, over a small CC-NEWS-like archive written here. */
class ReadArchivesTest {
    @TempDir
    Path dir;

    private static final String PAGE = """
            <html><head><title>Minister visits Porto</title>
            <meta property="article:published_time" content="2024-05-08T09:00:00Z"></head>
            <body><article><h1>Minister visits Porto</h1>
            <p>Portuguese Economy Minister Ana Lopez visited the port of Porto on Monday, the ministry said.</p>
            <p>Lopez met the harbour's director and inspected the new container terminal, which opens in June.</p>
            <p>The terminal will double the port's capacity, Radio Norte reported, citing the Port Authority of Porto.</p>
            </article></body></html>""";

    @Test
    void everyRecordIsReadAndABrokenOneFailsAloneAndTheTablesAnswerQueries() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.write(in.resolve("crawl.warc.gz"), gzip(warcResponse("urn:uuid:1", "https://news.example/porto", PAGE)));
        Files.write(in.resolve("broken.warc.gz"), new byte[]{0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});
        String out = dir.resolve("out").toString();

        SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("test").set("spark.ui.enabled", "false");
        long[] counts;
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            counts = ReadArchives.run(sc, List.of(in.toString()), out);
            queryTheTables(SparkSession.builder().sparkContext(sc.sc()).getOrCreate(), out);
        }

        assertArrayEquals(new long[]{1, 1}, counts);
        List<String> readings = lines(Path.of(out, "readings"));
        assertEquals(1, readings.size());
        JsonNode doc = Json.READER.readTree(readings.get(0));
        assertTrue(doc.get("source").asText().endsWith("crawl.warc.gz#urn:uuid:1"), doc.get("source").asText());
        assertEquals("Minister visits Porto", doc.get("article").get("title").asText());
        assertEquals("https://news.example/porto", doc.get("article").get("url").asText());
        List<String> names = new ArrayList<>();
        doc.get("entities").forEach(e -> names.add(e.get("name").asText()));
        assertTrue(names.contains("Ana Lopez") && names.contains("Porto"), names.toString());
        JsonNode visit = doc.get("events").get(0);
        assertEquals("VISIT", visit.get("type").asText());
        assertEquals("2024-05-06", visit.get("time").asText(), "Monday before a Wednesday publication");
        List<String> failures = lines(Path.of(out, "failures"));
        assertEquals(1, failures.size());
        assertTrue(failures.get(0).contains("broken.warc.gz") && failures.get(0).contains("gzip"), failures.get(0));
    }

    @Test
    void theRecordsOfOneArchiveAreReadInSeveralTasks() throws IOException {
        ByteArrayOutputStream warc = new ByteArrayOutputStream();
        for (String city : List.of("Porto", "Braga", "Faro", "Evora")) {
            warc.writeBytes(gzip(warcResponse("urn:uuid:" + city, "https://news.example/" + city,
                    PAGE.replace("Porto", city))));
        }
        Path in = Files.write(dir.resolve("one.warc.gz"), warc.toByteArray());
        String out = dir.resolve("out").toString();

        SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("test").set("spark.ui.enabled", "false");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            assertArrayEquals(new long[]{4, 0}, ReadArchives.run(sc, List.of(in.toString()), out));
        }

        List<String> titles = new ArrayList<>();
        int tasksWithReadings = 0;
        try (Stream<Path> parts = Files.list(Path.of(out, "readings"))) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                List<String> lines = Files.readAllLines(p).stream().filter(l -> !l.isBlank()).toList();
                tasksWithReadings += lines.isEmpty() ? 0 : 1;
                for (String line : lines) {
                    titles.add(Json.READER.readTree(line).get("article").get("title").asText());
                }
            }
        }
        assertEquals(List.of("Minister visits Braga", "Minister visits Evora", "Minister visits Faro",
                "Minister visits Porto"), titles.stream().sorted().toList());
        assertTrue(tasksWithReadings >= 2, tasksWithReadings + " tasks read the archive's pages");
    }

    /** The Parquet tables as an analyst queries them: Spark SQL over the folders, names instead of ids. */
    private static void queryTheTables(SparkSession spark, String out) {
        for (String table : List.of("articles", "entities", "mentions", "events", "sources")) {
            assertTrue(Files.isDirectory(Path.of(out, "parquet", table, "published_date=2024-05-08")), table);
            spark.read().parquet(out + "/parquet/" + table).createOrReplaceTempView(table);
        }
        Row article = spark.sql("SELECT title, published, published_date, entities FROM articles").first();
        assertEquals("Minister visits Porto", article.getString(0));
        assertEquals("2024-05-08T09:00+00:00", article.getString(1));
        assertEquals(Date.valueOf("2024-05-08"), article.getDate(2));
        assertEquals(4, article.getInt(3));
        List<Row> visits = spark.sql("SELECT agent, place, lat, time, time_precision FROM events WHERE type = 'VISIT'")
                .collectAsList();
        assertEquals(1, visits.size());
        assertEquals(List.of("Ana Lopez", "Porto", "2024-05-06", "day"), List.of(visits.get(0).getString(0),
                visits.get(0).getString(1), visits.get(0).getString(3), visits.get(0).getString(4)));
        assertEquals(41.15, visits.get(0).getDouble(2), 0.05);
        assertEquals(List.of("Portuguese Economy Minister", "Ana Lopez", "Lopez"), spark.sql(
                "SELECT text FROM mentions WHERE name = 'Ana Lopez' ORDER BY start").as(Encoders.STRING())
                .collectAsList());
        assertEquals(List.of("Radio Norte", "Port Authority of Porto"), spark.sql(
                "SELECT source FROM sources WHERE claim LIKE 'The terminal%' ORDER BY position")
                .as(Encoders.STRING()).collectAsList());
    }

    private static List<String> lines(Path folder) throws IOException {
        List<String> all = new ArrayList<>();
        try (Stream<Path> parts = Files.list(folder)) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-"))
                    .sorted(Comparator.naturalOrder()).toList()) {
                Files.readAllLines(p).stream().filter(l -> !l.isBlank()).forEach(all::add);
            }
        }
        return all;
    }

    static byte[] warcResponse(String id, String uri, String body) {
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
        return ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <" + id + ">\r\nWARC-Date: 2024-05-08T10:00:00Z\r\n"
                + "WARC-Target-URI: " + uri + "\r\nContent-Type: application/http; msgtype=response\r\n"
                + "Content-Length: " + http.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + http + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(b)) {
            z.write(bytes);
        }
        return b.toByteArray();
    }
}
