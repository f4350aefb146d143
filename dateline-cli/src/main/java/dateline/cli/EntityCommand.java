package dateline.cli;

import dateline.command.ExitStatus;
import dateline.json.Json;
import dateline.store.EntityProfile;
import dateline.store.Store;
import dateline.store.StoreJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code dateline entity NAME}: one person, organisation or place across every stored article. */
@Command(name = "entity", mixinStandardHelpOptions = true,
        description = {"One person, organisation or place across every stored article: the names the articles use"
                + " for it, articles and mentions by date, the entities seen with it most, the outlets that report"
                + " on it and the sources its events cite, then its events and its stops.",
                "Counts leave near copies out and say how many there are."})
final class EntityCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME", description = "Any name the articles use for it.")
    String name;

    @Mixin
    StoreOptions store;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text or json. Default: ${DEFAULT-VALUE}.")
    Extract.Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store s = Store.open(store.dir)) {
            EntityProfile p = s.entity(name);
            if (p == null) {
                spec.commandLine().getErr().println("dateline: nobody and nothing called " + name + " in " + store.dir);
                return ExitStatus.SOME_FAILED;
            }
            out.print(format == Extract.Format.json ? Json.line(StoreJson.entity(p)) + "\n" : Tables.entity(p));
            out.flush();
            return ExitStatus.OK;
        }
    }
}
