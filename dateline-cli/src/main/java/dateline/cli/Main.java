package dateline.cli;

import dateline.command.Commands;
import dateline.eval.command.Bench;
import dateline.eval.command.Eval;
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
                Import.class,
                Search.class,
                Timeline.class,
                EntityCommand.class,
                Stories.class,
                StoryCommand.class,
                Itinerary.class,
                Events.class,
                Serve.class,
                Eval.class,
                Bench.class,
                CommandLine.HelpCommand.class,
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args));
    }

    /** The whole command line, writing to the given streams: what tests run. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return Commands.commandLine(new Main(), out, err);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
