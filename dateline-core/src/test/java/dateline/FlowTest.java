package dateline;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Data flows one way: a stage may use earlier stages, never later ones. Checked on the compiled classes with the
 * JDK's jdeps, so a fully qualified name or a lambda's type counts as much as an import line.
 */
class FlowTest {
    private static final List<String> FLOW = List.of("page", "article", "reading", "resolve", "event", "pipeline",
            "json");
    private static final Pattern EDGE = Pattern.compile("^\\s*dateline\\.(\\w+)\\s+->\\s+dateline\\.(\\w+)\\s", Pattern.MULTILINE);

    @Test
    void noStageUsesALaterStage() {
        List<String> edges = packageEdges();
        assertTrue(edges.contains("event -> reading"), "jdeps saw the classes: " + edges);
        List<String> violations = new ArrayList<>();
        for (String edge : edges) {
            String[] e = edge.split(" -> ");
            int from = FLOW.indexOf(e[0]), to = FLOW.indexOf(e[1]);
            if (from < 0 || to < 0) {
                violations.add(edge + " (a package the flow does not name)");
            } else if (to > from) {
                violations.add(edge);
            }
        }
        assertEquals(List.of(), violations);
    }

    /** Every use of one of core's packages by another, as "from -> to". */
    private static List<String> packageEdges() {
        Path classes = Path.of("target/classes");
        assertTrue(Files.isDirectory(classes), "compiled classes at " + classes.toAbsolutePath());
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new AssertionError("no jdeps in this JDK"));
        StringWriter out = new StringWriter();
        int status = jdeps.run(new PrintWriter(out), new PrintWriter(out), "-verbose:package", "-filter:none",
                "-e", "dateline\\..*", classes.toString());
        assertEquals(0, status, out.toString());
        TreeSet<String> edges = new TreeSet<>();
        Matcher m = EDGE.matcher(out.toString());
        while (m.find()) {
            if (!m.group(1).equals(m.group(2))) {
                edges.add(m.group(1) + " -> " + m.group(2));
            }
        }
        return new ArrayList<>(edges);
    }
}
