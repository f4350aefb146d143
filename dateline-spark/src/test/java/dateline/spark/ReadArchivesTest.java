package dateline.spark;

import com.fasterxml.jackson.databind.JsonNode;
import dateline.json.Json;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
            </article></body></html>""";

    @Test
    void everyRecordIsReadAndABrokenOneFailsAlone() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.write(in.resolve("crawl.warc.gz"), gzip(warcResponse("urn:uuid:1", "https://news.example/porto", PAGE)));
        Files.write(in.resolve("broken.warc.gz"), new byte[]{0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});
        String out = dir.resolve("out").toString();

        SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("test").set("spark.ui.enabled", "false");
        long[] counts;
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            counts = ReadArchives.run(sc, List.of(in.toString()), out);
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
