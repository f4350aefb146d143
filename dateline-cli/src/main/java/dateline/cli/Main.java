package dateline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** Entry point of the {@code dateline} command. */
@Command(name = "dateline",
        mixinStandardHelpOptions = true,
        version = "Dateline 0.1.0",
        description = "Reads raw news pages and answers who did what, with whom, where, when, according to whom.",
        subcommands = {
                Extract.class,
                Read.class,
                Ingest.class,
                Search.class,
                Timeline.class,
                Itinerary.class,
                Events.class,
                Serve.class,
                Eval.class,
                Bench.class,
                CommandLine.HelpCommand.class,
        })
public final class Main implements Runnable {
    /** Exit status: every input went through. */
    public static final int EXIT_OK = 0;
    /** Exit status: some inputs failed (each said why on stderr); the rest went through. */
    public static final int EXIT_SOME_FAILED = 1;
    /** Exit status: the command line itself was wrong. */
    public static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args));
    }

    /** The whole command line, writing to the given streams: what tests run. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("dateline: " + e.getMessage());
            return EXIT_SOME_FAILED;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
