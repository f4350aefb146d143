package dateline.command;

import dateline.page.PageReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchTest {
    @TempDir
    Path dir;

    @Test
    void severalThreadsKeepInputOrderAndReportFailuresOneLineEach() throws IOException {
        for (int i = 0; i < 20; i++) {
            Files.writeString(dir.resolve(String.format("page-%02d.txt", i)), "Page number " + i + ".");
        }
        StringWriter err = new StringWriter();
        List<String> out = new ArrayList<>();
        Batch<String> batch = new Batch<>(new PageReader(), new PrintWriter(err), Progress.none(new PrintWriter(err)), 3);

        int status = batch.run(List.of(dir.toString()), page -> {
            String name = Path.of(page.source()).getFileName().toString();
            if (name.equals("page-07.txt")) {
                throw new IllegalStateException("cannot read this one");
            }
            return name;
        }, out::add);

        assertEquals(ExitStatus.SOME_FAILED, status);
        assertEquals(19, out.size());
        List<String> sorted = new ArrayList<>(out);
        sorted.sort(null);
        assertEquals(sorted, out, "output comes in input order");
        String[] lines = err.toString().strip().split("\n");
        assertEquals(1, lines.length);
        assertTrue(lines[0].contains("page-07.txt: failed: IllegalStateException: cannot read this one"), lines[0]);
        assertEquals(20, batch.pages());
    }
}
