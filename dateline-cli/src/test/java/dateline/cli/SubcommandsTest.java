package dateline.cli;

import dateline.command.ExitStatus;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The eval and bench commands live in dateline-eval; dateline offers them as its own subcommands. */
class SubcommandsTest {
    @Test
    void evalAndBenchAreSubcommandsOfDateline() {
        Map<String, CommandLine> commands = Main.commandLine(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter())).getSubcommands();
        assertEquals(List.of("timex", "entities", "events", "extraction", "pages"),
                List.copyOf(commands.get("eval").getSubcommands().keySet()));
        assertEquals(List.of("extract", "read", "ingest", "soak", "serve", "query"),
                List.copyOf(commands.get("bench").getSubcommands().keySet()));
    }

    @Test
    void theirHelpIsDatelines() {
        StringWriter out = new StringWriter();
        int status = Main.commandLine(new PrintWriter(out), new PrintWriter(new StringWriter()))
                .execute("eval", "timex", "--help");
        assertEquals(ExitStatus.OK, status);
        assertTrue(out.toString().startsWith("Usage: dateline eval timex "), out.toString());
        assertEquals(ExitStatus.USAGE, ExtractCommandTest.run("bench", "read", "--no-such-option", "x").status());
    }
}
