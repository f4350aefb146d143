package dateline.eval.command;

import dateline.command.Commands;
import dateline.command.ExitStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvalExtractionTest {
    private static final String BODY = "The river rose two metres overnight and flooded the lower town, where shops "
            + "stayed closed on Tuesday.\n\nVolunteers filled sandbags until the water began to fall in the evening.";
    private static final String PAGE = "<html><head><title>River floods lower town</title>"
            + "<meta property=\"article:published_time\" content=\"2020-02-11T08:00:00+01:00\"></head><body>"
            + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>River floods lower town</h1>"
            + "<p>The river rose two metres overnight and flooded the lower town, where shops stayed closed on Tuesday.</p>"
            + "<p>Volunteers filled sandbags until the water began to fall in the evening.</p></article>"
            + "<footer>Copyright 2020 The Valley News</footer></body></html>";

    private static void gzip(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    @Test
    void scoresOursTheReferencesAndTheDates(@TempDir Path dir) throws IOException {
        gzip(dir.resolve("html/a1.html.gz"), PAGE);
        Files.writeString(dir.resolve("ground-truth.json"), "{\"a1\": {\"articleBody\": " + json(BODY) + "}}");
        gzip(dir.resolve("reference-outputs/perfect.json.gz"), "{\"a1\": {\"articleBody\": " + json(BODY) + "}}");
        gzip(dir.resolve("reference-outputs/half.json.gz"),
                "{\"a1\": {\"articleBody\": " + json(BODY.substring(0, BODY.indexOf("\n"))) + "}}");
        gzip(dir.resolve("publication-dates/html/7.html.gz"), PAGE);
        Files.writeString(dir.resolve("publication-dates/ground-truth.json"), "{\"7\": {\"date\": \"2020-02-11\"}}");

        StringWriter out = new StringWriter();
        int status = Commands.commandLine(new Eval(), new PrintWriter(out), new PrintWriter(new StringWriter()))
                .execute("extraction", dir.toString(), "--reference", "all");
        assertEquals(ExitStatus.OK, status);
        String text = out.toString();
        assertTrue(text.contains("body dateline        F1 1.000"), text);
        assertTrue(text.contains("body perfect         F1 1.000"), text);
        // Half the body: every predicted shingle is right, half the gold ones are missing.
        ShingleScore.Page half = ShingleScore.page(BODY.substring(0, BODY.indexOf("\n")), BODY);
        assertTrue(text.contains(String.format("body half            F1 %.3f", half.f1())), text);
        assertTrue(text.contains("dates accuracy 1.000  (1/1 dated pages right"), text);
    }

    @Test
    void benchPrintsThroughputAndHeap(@TempDir Path dir) throws IOException {
        gzip(dir.resolve("a1.html.gz"), PAGE);
        StringWriter out = new StringWriter();
        int status = Commands.commandLine(new Bench(), new PrintWriter(out), new PrintWriter(new StringWriter()))
                .execute("extract", dir.toString(), "--warmup", "1", "--passes", "1", "--threads", "2");
        assertEquals(ExitStatus.OK, status);
        assertTrue(out.toString().contains("1 thread"), out.toString());
        assertTrue(out.toString().contains("2 threads"), out.toString());
        assertTrue(out.toString().contains("peak heap used"), out.toString());
    }
}
