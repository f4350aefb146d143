package dateline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dateline.command.ExitStatus;
import dateline.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Readings written as a Spark job or {@code read --format json} writes them, imported without the reading models. */
class ImportCommandTest {
    @TempDir
    Path dir;

    /** A reading as the contract writes it: one arrival with its place and day. */
    private static String reading(String source, String text, String place, double lat, double lon, String day) {
        int at = text.indexOf(place);
        return ("{'source':'%s','article':{'title':'Brandt travels','published':'2031-02-03','published_from':'meta',"
                + "'modified':null,'section':null,'authors':[],'language':'en','url':null,'lead':null,'text':'%s',"
                + "'images':[]},'entities':[{'id':'e1','name':'Lena Brandt','type':'PERSON','aliases':['Brandt'],"
                + "'mentions':[[0,11]]},{'id':'e2','name':'%s','type':'LOCATION','aliases':[],'mentions':[[%d,%d]],"
                + "'lat':%s,'lon':%s,'gazetteer_id':null}],'times':[],'quotes':[],'attributions':[],'events':[{'id':'v1',"
                + "'type':'ARRIVE','cameo':null,'start':0,'end':%d,'text':'%s','agent':'e1','with':[],'place':'e2',"
                + "'time':'%s','time_precision':'day','sources':[],'polarity':'positive','status':'happened'}]}")
                .formatted(source, text, place, at, at + place.length(), lat, lon, text.length(), text, day)
                .replace('\'', '"');
    }

    private static final String OSLO = reading("a.html", "Lena Brandt arrived in Oslo on Monday.", "Oslo", 59.91,
            10.75, "2031-02-03");
    private static final String BERGEN = reading("b.html", "Lena Brandt landed in Bergen on Tuesday.", "Bergen", 60.39,
            5.32, "2031-02-04");

    private static List<String> failures(String err) {
        return Arrays.stream(err.split("\n")).filter(l -> l.startsWith("dateline: ")).toList();
    }

    @Test
    void aJobsOutputFolderBecomesAStoreOnceHoweverOftenItIsImported() throws IOException {
        Path job = dir.resolve("out");
        Path readings = Files.createDirectories(job.resolve("readings"));
        Files.writeString(readings.resolve("part-00000"), OSLO + "\n\n");
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(readings.resolve("part-00001.gz")))) {
            gz.write((BERGEN + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(readings.resolve("_SUCCESS"), "");
        Files.writeString(readings.resolve(".part-00000.crc"), "junk");
        Files.createDirectories(job.resolve("failures"));
        Files.writeString(job.resolve("failures/part-00000"), "c.warc.gz: cut short\n");
        String store = dir.resolve("store").toString();

        ExtractCommandTest.Run first = ExtractCommandTest.run("import", job.toString(), "--store", store);
        assertEquals(ExitStatus.OK, first.status(), first.err());
        assertTrue(first.out().startsWith("stored 2 new articles (0 already there), 0 failed; 2 articles"), first.out());

        ExtractCommandTest.Run again = ExtractCommandTest.run("import", readings.toString(), "--store", store);
        assertTrue(again.out().startsWith("stored 0 new articles (2 already there), 0 failed; 2 articles"), again.out());

        ExtractCommandTest.Run it = ExtractCommandTest.run("itinerary", "Brandt", "--store", store, "--format",
                "json");
        JsonNode stops = Json.READER.readTree(it.out()).get("stops");
        assertEquals(2, stops.size(), it.out());
        assertEquals("Oslo", stops.get(0).get("place").asText());
        assertEquals("2031-02-03", stops.get(0).get("date").asText());
        assertEquals("Bergen", stops.get(1).get("place").asText());
        assertEquals(60.39, stops.get(1).get("lat").asDouble(), 1e-9);
        assertEquals("b.html", stops.get(1).get("documents").get(0).asText());
    }

    @Test
    void badLinesAreNamedByFileAndLineAndTheRestIsStored() throws IOException {
        Path file = Files.writeString(dir.resolve("readings.jsonl"), String.join("\n", OSLO,
                "a.html: failed: no article text found", OSLO.substring(0, 90), BERGEN.replace("\"ARRIVE\"",
                        "\"TELEPORT\""), BERGEN));
        Path missing = dir.resolve("nowhere");

        ExtractCommandTest.Run r = ExtractCommandTest.run("import", file.toString(), missing.toString(), "--store",
                dir.resolve("store").toString());

        assertEquals(ExitStatus.SOME_FAILED, r.status(), r.err());
        List<String> failures = failures(r.err());
        assertEquals(4, failures.size(), r.err());
        assertEquals("dateline: " + missing + ": no such file or folder", failures.get(0));
        assertTrue(failures.get(1).startsWith("dateline: " + file + ":2: not JSON"), failures.get(1));
        assertTrue(failures.get(2).startsWith("dateline: " + file + ":3: not JSON"), failures.get(2));
        assertEquals("dateline: " + file + ":4: unknown EventType TELEPORT", failures.get(3));
        assertTrue(r.out().startsWith("stored 2 new articles (0 already there), 4 failed"), r.out());
    }
}
