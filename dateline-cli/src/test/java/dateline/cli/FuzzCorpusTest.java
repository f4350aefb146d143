package dateline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dateline.command.ExitStatus;
import dateline.eval.HostileInputs;
import dateline.eval.HostileInputs.Expect;
import dateline.eval.HostileInputs.Input;
import dateline.eval.HostileInputs.Kind;
import dateline.json.Json;
import dateline.page.PageFailure;
import dateline.store.SearchHit;
import dateline.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A corpus of hostile inputs, generated from a fixed seed (so a failure replays), through the commands as a user runs
 * them: every input must give an article or one line naming it, and the batch must reach its last input. The time
 * limits only catch a hang; {@code bench soak} prints the figures.
 */
class FuzzCorpusTest {
    private static final long SEED = 20261203L;

    @TempDir
    Path dir;

    /** Writes the inputs into one folder, in generation order (their names sort so). */
    private List<Path> write(List<Input> inputs) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("fuzz"));
        List<Path> paths = new ArrayList<>();
        for (Input in : inputs) {
            paths.add(Files.write(folder.resolve(in.name()), in.bytes()));
        }
        return paths;
    }

    /** What the commands said about one input: its articles and its failure lines. */
    private record Outcome(List<JsonNode> articles, List<String> failures) {
        int count() {
            return articles.size() + failures.size();
        }
    }

    private static Outcome outcome(Path path, List<JsonNode> articles, List<String> errLines) {
        String source = path.toString();
        String named = "dateline: " + new PageFailure(source, "").message();
        String prefix = named.substring(0, named.length() - 2); // the escaped source, without ": "
        return new Outcome(
                articles.stream().filter(a -> a.get("source").asText().equals(source)
                        || a.get("source").asText().startsWith(source + "#")).toList(),
                errLines.stream().filter(l -> l.startsWith(prefix + ": ") || l.startsWith(prefix + "#")).toList());
    }

    @Test
    void everyHostileInputGivesAnArticleOrOneLineNamingItAndTheBatchReachesItsEnd() throws IOException {
        List<Input> inputs = new HostileInputs(SEED, 256 << 10).next(Kind.values().length * 3);
        List<Path> paths = write(inputs);

        ExtractCommandTest.Run r = assertTimeoutPreemptively(Duration.ofMinutes(3),
                () -> ExtractCommandTest.run("extract", "--format", "json", dir.resolve("fuzz").toString()));

        assertEquals(ExitStatus.SOME_FAILED, r.status());
        List<String> errLines = Arrays.asList(r.err().split("\n"));
        for (String line : errLines) {
            assertTrue(line.startsWith("dateline: "), "not a one-line failure: " + line);
            assertFalse(line.contains("OutOfMemoryError") || line.contains("StackOverflowError"), line);
        }
        List<JsonNode> articles = new ArrayList<>();
        for (String line : r.out().strip().split("\n")) {
            articles.add(Json.READER.readTree(line));
        }
        for (int i = 0; i < inputs.size(); i++) {
            Input in = inputs.get(i);
            Outcome o = outcome(paths.get(i), articles, errLines);
            String what = in.kind() + " " + paths.get(i).getFileName() + ": " + o;
            assertTrue(o.count() > 0, "silent: " + what);
            if (in.kind().expect() == Expect.ARTICLE) {
                assertFalse(o.articles().isEmpty(), what);
            } else if (in.kind().expect() == Expect.FAILURE) {
                assertTrue(o.articles().isEmpty() && !o.failures().isEmpty(), what);
            }
            for (JsonNode a : o.articles()) {
                String url = a.get("article").get("url").asText("");
                assertFalse(url.toLowerCase().startsWith("javascript"), what);
                assertFalse(a.get("article").get("text").asText().contains("alert(4)"), "script became text: " + what);
            }
            if (in.kind() == Kind.WARC_JUNK_MEMBER) {
                assertEquals(2, o.articles().size(), what);
                assertEquals(1, o.failures().size(), what);
            }
        }
        assertFalse(r.out().contains("root:"), "an external entity was read");
    }

    @Test
    void ingestReadsAndStoresWhatCanBeReadAndNamesTheRest() throws IOException {
        List<Input> inputs = new HostileInputs(SEED + 1, 24 << 10).next(Kind.values().length).stream()
                .filter(in -> in.kind() != Kind.GZIP_BOMB && in.kind() != Kind.BINARY_JUNK)
                .toList();
        List<Path> paths = write(inputs);
        Path store = dir.resolve("store");

        ExtractCommandTest.Run r = assertTimeoutPreemptively(Duration.ofMinutes(5),
                () -> ExtractCommandTest.run("ingest", "--store", store.toString(), dir.resolve("fuzz").toString()));

        assertEquals(ExitStatus.SOME_FAILED, r.status(), r.err());
        Matcher counts = Pattern.compile("stored (\\d+) new articles \\((\\d+) already there\\), (\\d+) failed")
                .matcher(r.out());
        assertTrue(counts.find(), r.out());
        List<String> errLines = Arrays.stream(r.err().split("\n")).filter(l -> !l.isBlank()).toList();
        errLines.forEach(l -> assertTrue(l.startsWith("dateline: "), "not a one-line failure: " + l));
        assertEquals(Integer.parseInt(counts.group(3)), errLines.size());
        Set<String> stored;
        try (Store s = Store.open(store)) {
            stored = s.recent(1000).stream().map(SearchHit::document).collect(Collectors.toSet());
            assertEquals(Integer.parseInt(counts.group(1)), s.articles());
        }
        int unnamed = 0;
        for (int i = 0; i < inputs.size(); i++) {
            String source = paths.get(i).toString();
            boolean isStored = stored.stream().anyMatch(d -> d.equals(source) || d.startsWith(source + "#"));
            boolean failed = !outcome(paths.get(i), List.of(), errLines).failures().isEmpty();
            if (inputs.get(i).kind().expect() == Expect.ARTICLE) {
                assertTrue(isStored, inputs.get(i).kind() + " not stored: " + r.err());
            }
            unnamed += isStored || failed ? 0 : 1;
        }
        // An input neither stored nor named can only be an article already there, which the counts line says.
        assertTrue(unnamed <= Integer.parseInt(counts.group(2)), unnamed + " inputs silent: " + r.out() + r.err());
    }
}
