package dateline.cli;

import dateline.command.ExitStatus;
import dateline.json.Json;
import dateline.store.Store;
import dateline.store.StoreJson;
import dateline.store.StoredEvent;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dateline timeline NAME}: every stored event a person or organisation took part in, in date order. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "Every stored event a person or organisation took part in (as agent or counterpart), in date "
                + "order, planned and denied ones marked.")
final class Timeline implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME", description = "The person or organisation, by any name the articles use.")
    String name;

    @Mixin
    StoreOptions store;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text or json (JSON Lines, one event per line). Default: ${DEFAULT-VALUE}.")
    Extract.Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store s = Store.open(store.dir)) {
            List<StoredEvent> events = s.timeline(name);
            if (format == Extract.Format.json) {
                events.forEach(e -> out.println(Json.line(StoreJson.event(e))));
            } else {
                out.print(Tables.events(events));
            }
            out.flush();
            return ExitStatus.OK;
        }
    }
}
