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

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dateline stories}: the stored articles grouped by the happening they report, latest first. */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {"The stories in the store, latest first: articles about one happening grouped as they"
                + " arrived, near copies with their original. Each with its title, dates, articles, outlets, and the"
                + " people, organisations and places it names most.", "'dateline story ID' shows one whole."})
final class Stories implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--from", paramLabel = "DATE", description = "Only stories with an article published on or after"
            + " this day (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only stories with an article published on or before"
            + " this day.")
    LocalDate to;

    @Option(names = "--about", paramLabel = "NAME", description = "Only stories that name this person, organisation"
            + " or place.")
    String about;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N stories (default"
            + " ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text or json (JSON Lines, one story per line). Default: ${DEFAULT-VALUE}.")
    Extract.Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Store s = Store.open(store.dir)) {
            List<Story> stories = s.stories(from, to, about, limit);
            if (format == Extract.Format.json) {
                stories.forEach(st -> out.println(Json.line(StoreJson.story(st, false))));
            } else {
                out.print(Tables.stories(stories));
            }
            out.flush();
            return ExitStatus.OK;
        }
    }
}
