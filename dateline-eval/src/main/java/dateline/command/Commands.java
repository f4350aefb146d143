package dateline.command;

import picocli.CommandLine;

import java.io.PrintWriter;

/** How every {@code dateline} command line is set up, for the whole command and for tests of a part of it. */
public final class Commands {
    private Commands() {
    }

    /**
     * A command line for the given command, writing to the given streams; a failure that escapes a command becomes
     * one line on stderr and exit status {@link ExitStatus#SOME_FAILED}.
     */
    public static CommandLine commandLine(Object command, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(command);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("dateline: " + e.getMessage());
            return ExitStatus.SOME_FAILED;
        });
        return cli;
    }
}
