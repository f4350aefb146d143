package dateline.cli;

import dateline.command.ExitStatus;
import dateline.json.Json;
import dateline.store.Store;
import dateline.store.StoreJson;
import dateline.store.Story;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code dateline story ID}: one story, its articles in time order and its events. */
@Command(name = "story", mixinStandardHelpOptions = true,
        description = "One story: its articles in time order with their outlets and copies, then its events"
                + " (copies' events not again).")
final class StoryCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ID", description = "The story's id, as 'dateline stories' lists it.")
    long id;

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
            Story st = s.story(id);
            if (st == null) {
                spec.commandLine().getErr().println("dateline: no story " + id + " in " + store.dir);
                return ExitStatus.SOME_FAILED;
            }
            out.print(format == Extract.Format.json ? Json.line(StoreJson.story(st, true)) + "\n" : Tables.story(st));
            out.flush();
            return ExitStatus.OK;
        }
    }
}
