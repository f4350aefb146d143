package dateline.cli;

import dateline.command.ExitStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IngestCommandTest {
    @TempDir
    Path dir;

    @Test
    void pagesWithoutAnArticleAreReportedNotStoredAsOne() throws IOException {
        Path menu = Files.writeString(dir.resolve("menu.html"), "<html><body><nav><a href=\"/\">Home</a></nav></body></html>");
        Path shop = Files.writeString(dir.resolve("shop.html"), "<html><body><form><button>Buy</button></form></body></html>");

        ExtractCommandTest.Run r = ExtractCommandTest.run("ingest", "--store", dir.resolve("store").toString(),
                menu.toString(), shop.toString());

        assertEquals(ExitStatus.SOME_FAILED, r.status(), r.err());
        List<String> failures = Arrays.stream(r.err().split("\n")).filter(l -> l.startsWith("dateline: ")).toList();
        assertEquals(List.of("dateline: " + menu + ": failed: IllegalArgumentException: no article text found on the page",
                "dateline: " + shop + ": failed: IllegalArgumentException: no article text found on the page"), failures);
    }
}
