package dateline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dateline.command.ExitStatus;
import dateline.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractCommandTest {
    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void jsonLinesFollowTheContractAndBadInputsAreReportedOneLineEach() throws IOException {
        Path good = dir.resolve("good.html");
        Files.writeString(good, "<html><head><title>A title</title></head><body><article><p>"
                + "A first paragraph that is long enough to be the body of a news article.</p></article></body></html>",
                StandardCharsets.UTF_8);
        Path empty = Files.write(dir.resolve("empty.html"), new byte[0]);

        Run r = run("extract", "--format", "json", empty.toString(), good.toString());

        assertEquals(ExitStatus.SOME_FAILED, r.status());
        String[] errLines = r.err().strip().split("\n");
        assertEquals(1, errLines.length, r.err());
        assertTrue(errLines[0].startsWith("dateline: " + empty + ": "), errLines[0]);
        String[] outLines = r.out().strip().split("\n");
        assertEquals(1, outLines.length);
        JsonNode doc = Json.READER.readTree(outLines[0]);
        assertEquals(good.toString(), doc.get("source").asText());
        JsonNode article = doc.get("article");
        for (String field : new String[] {"title", "published", "published_from", "modified", "section", "authors",
                "language", "url", "lead", "text", "images"}) {
            assertTrue(article.has(field), "missing field " + field);
        }
        assertTrue(article.get("text").asText().contains("A first paragraph"));
    }

    @Test
    void helpExplainsTheInputs() {
        Run r = run("extract", "--help");
        assertEquals(0, r.status());
        assertTrue(r.out().contains("WARC") && r.out().contains("--max-page-mb"), r.out());
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(ExitStatus.USAGE, run("extract", "--no-such-option", "x").status());
    }
}
