package dateline.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Kills a storing process outright (SIGKILL) mid-run, reopens the store and checks nothing is lost or doubled. */
class StoreCrashTest {
    @TempDir
    Path dir;

    private Process loop(int limit) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), IngestLoop.class.getName(),
                dir.toString(), String.valueOf(limit)).redirectErrorStream(true).start();
    }

    @Test
    void aKilledRunLosesNothingStoredAndARerunDoublesNothing() throws Exception {
        Process p = loop(100_000);
        int confirmed = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("stored ")) {
                    confirmed = Integer.parseInt(line.substring(7));
                    if (confirmed >= 150) {
                        break;      // well past the first full-text commit (every 64 articles)
                    }
                }
            }
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
        assertTrue(confirmed >= 150, "the child stored only " + confirmed);
        int afterCrash;
        try (Store store = Store.open(dir)) {
            afterCrash = store.articles();
            assertTrue(afterCrash >= confirmed + 1, afterCrash + " articles after " + (confirmed + 1) + " confirmed");
            assertEquals(afterCrash, store.eventCount(), "one event per article, none half-written");
            for (int i : new int[]{0, 63, 64, confirmed}) {
                assertEquals(1, store.search("marker" + i, 5).size(), "marker" + i + " is searchable");
            }
        }
        // The re-run stores only what is missing.
        int total = afterCrash + 20;
        Process rerun = loop(total);
        assertTrue(rerun.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, rerun.exitValue());
        try (Store store = Store.open(dir)) {
            assertEquals(total, store.articles());
            assertEquals(total, store.eventCount());
            assertEquals(1, store.search("marker" + (total - 1), 5).size());
            assertEquals(total, store.timeline("Ana Lopez").size());
        }
    }
}
