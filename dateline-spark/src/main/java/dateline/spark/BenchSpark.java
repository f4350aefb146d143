package dateline.spark;

import dateline.page.PageReader;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The job's speed on this machine: the given pages packed into one WARC, gzipped record by record as CC-NEWS is, and
 * the job run over it with each Spark master in turn ({@code local[1]}, {@code local[2]} by default), printing
 * articles per second, the speed-up, and what that rate means for CC-NEWS's daily volume. The models are loaded and
 * the JIT warmed on a few pages first; in local mode the executors share this JVM, so no run pays for loading.
 *
 * <pre>dateline-spark/bench [--pages N] [--masters local[1],local[2]] DIR|FILE...</pre>
 */
public final class BenchSpark {
    /** English articles CC-NEWS gathers a day (about 400,000). */
    static final double CC_NEWS_PER_DAY = 400_000;

    private BenchSpark() {
    }

    public static void main(String[] args) throws IOException {
        int pages = 120;
        List<String> masters = List.of("local[1]", "local[2]");
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--pages" -> pages = Integer.parseInt(args[++i]);
                case "--masters" -> masters = List.of(args[++i].split(","));
                default -> inputs.add(Path.of(args[i]));
            }
        }
        if (inputs.isEmpty()) {
            System.err.println("usage: bench [--pages N] [--masters local[1],local[2]] DIR|FILE...");
            System.exit(2);
        }
        Path work = Files.createTempDirectory("dateline-bench-spark");
        try {
            Path warc = work.resolve("pages.warc.gz");
            int packed = pack(files(inputs, pages), warc);
            System.out.printf("%d pages packed into one WARC of %,d bytes (one gzip member a record)%n", packed,
                    Files.size(warc));
            ReadArchives.warm(warc.toString());
            double first = 0;
            for (String master : masters) {
                SparkConf conf = new SparkConf().setMaster(master).setAppName("bench").set("spark.ui.enabled", "false");
                long start = System.nanoTime();
                long[] counts;
                try (JavaSparkContext sc = new JavaSparkContext(conf)) {
                    counts = ReadArchives.run(sc, List.of(warc.toString()), work.resolve(master.replaceAll("\\W", ""))
                            .toString());
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                double rate = counts[0] / seconds;
                first = first == 0 ? rate : first;
                System.out.printf(Locale.ROOT, "%-10s %d articles, %d failed, in %.1f s: %.2f articles/s (%.2fx %s)%n",
                        master, counts[0], counts[1], seconds, rate, rate / first, masters.get(0));
            }
            double perCore = first / cores(masters.get(0));
            System.out.printf(Locale.ROOT, "CC-NEWS's %,.0f articles a day are %.2f articles/s: %.0f cores at %.2f"
                    + " articles/s each, before any backlog%n", CC_NEWS_PER_DAY, CC_NEWS_PER_DAY / 86_400,
                    Math.ceil(CC_NEWS_PER_DAY / 86_400 / perCore), perCore);
        } finally {
            try (Stream<Path> all = Files.walk(work)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The cores a local master uses: local[2] is 2, local is 1. */
    static int cores(String master) {
        String n = master.replaceAll("\\D", "");
        return n.isEmpty() ? 1 : Integer.parseInt(n);
    }

    private static List<Path> files(List<Path> inputs, int limit) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path input : inputs) {
            try (Stream<Path> walk = Files.walk(input)) {
                walk.filter(Files::isRegularFile).sorted().forEach(out::add);
            }
        }
        return out.subList(0, Math.min(limit, out.size()));
    }

    private static int pack(List<Path> files, Path warc) throws IOException {
        try (OutputStream out = Files.newOutputStream(warc)) {
            int i = 0;
            for (Path f : files) {
                byte[] body;
                try (InputStream in = f.toString().endsWith(".gz")
                        ? new GZIPInputStream(Files.newInputStream(f)) : Files.newInputStream(f)) {
                    body = in.readNBytes((int) PageReader.DEFAULT_MAX_BYTES);
                }
                ByteArrayOutputStream member = new ByteArrayOutputStream();
                try (GZIPOutputStream gz = new GZIPOutputStream(member)) {
                    gz.write(response(i++, f.getFileName().toString().replaceAll("[^\\w.-]", "_"), body));
                }
                member.writeTo(out);
            }
            return i;
        }
    }

    private static byte[] response(int n, String name, byte[] body) {
        ByteArrayOutputStream http = new ByteArrayOutputStream();
        http.writeBytes(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        http.writeBytes(body);
        ByteArrayOutputStream record = new ByteArrayOutputStream();
        record.writeBytes(("WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:bench:" + n + ">\r\n"
                + "WARC-Date: 2024-01-01T00:00:00Z\r\nWARC-Target-URI: https://bench.example/" + n + "/" + name
                + "\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " + http.size()
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        record.writeBytes(http.toByteArray());
        record.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return record.toByteArray();
    }
}
