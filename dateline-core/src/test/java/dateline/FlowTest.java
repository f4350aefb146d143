package dateline;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Data flows one way: a stage may import earlier stages, never later ones. */
class FlowTest {
    private static final List<String> FLOW = List.of("page", "article", "reading", "event", "resolve", "pipeline",
            "json");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?dateline\\.(\\w+)\\.", Pattern.MULTILINE);

    @Test
    void noStageImportsALaterStage() throws IOException {
        Path main = Path.of("src/main/java/dateline");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(main)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String stage = main.relativize(file).getName(0).toString();
                int own = FLOW.indexOf(stage);
                if (own < 0) {
                    continue;
                }
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    int imported = FLOW.indexOf(m.group(1));
                    if (imported > own) {
                        violations.add(file + " imports dateline." + m.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }
}
