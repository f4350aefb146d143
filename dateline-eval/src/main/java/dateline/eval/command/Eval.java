package dateline.eval.command;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Groups the evaluation commands: each scores Dateline against a public gold corpus and prints P/R/F1. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score Dateline against public gold corpora (precision, recall, F1).",
        subcommands = {
                EvalTimex.class,
                EvalEntities.class,
                EvalEvents.class,
                EvalExtraction.class,
                EvalPages.class,
        })
public final class Eval implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
