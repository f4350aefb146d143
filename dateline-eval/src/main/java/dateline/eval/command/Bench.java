package dateline.eval.command;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Groups the benchmarks: each prints throughput and peak heap over a folder of pages. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure speed and memory: over a folder of pages, over generated hostile inputs, and of the web API.",
        subcommands = {
                BenchExtract.class,
                BenchRead.class,
                BenchIngest.class,
                BenchSoak.class,
                BenchServe.class,
                BenchQuery.class,
        })
public final class Bench implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
