package dateline.cli;

import dateline.command.ExitStatus;
import dateline.command.Ingestion;
import dateline.command.InputOptions;
import dateline.command.Progress;
import dateline.json.Json;
import dateline.store.Store;
import dateline.store.StoreJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dateline itinerary NAME [INPUT...]}: where a person was, stop by stop, from every stored article. */
@Command(name = "itinerary", mixinStandardHelpOptions = true,
        description = {"Where a person was, stop by stop in date order: only what happened (not what was planned), "
                + "merged across the stored articles, each stop with its evidence sentence, sources and documents.",
                "INPUTs, when given, are ingested first."})
final class Itinerary implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME", description = "The person, by any name the articles use.")
    String name;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "INPUT", description = "Pages to ingest first.")
    List<String> inputs = List.of();

    @Mixin
    StoreOptions store;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text, json or geojson. Default: ${DEFAULT-VALUE}.")
    MapFormat format;

    @Option(names = "--max-page-mb", paramLabel = "MB", defaultValue = "16",
            description = "Skip pages larger than this many megabytes (default: ${DEFAULT-VALUE}).")
    int maxPageMb;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    enum MapFormat { text, json, geojson }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Store s = Store.open(store.dir)) {
            int status = ExitStatus.OK;
            if (!inputs.isEmpty()) {
                InputOptions in = InputOptions.of(inputs, maxPageMb);
                status = Ingestion.run(s, in, err, Progress.onTerminal(err, "ingested"), Ingestion.threads(0)).status();
            }
            dateline.event.Itinerary it = s.itinerary(name);
            if (it == null) {
                it = new dateline.event.Itinerary(name, List.of());
                err.println("dateline: nobody called " + name + " in " + store.dir);
            }
            switch (format) {
                case json -> out.println(Json.line(StoreJson.itinerary(it)));
                case geojson -> out.println(Json.line(StoreJson.itineraryGeoJson(it)));
                case text -> out.print(Tables.itinerary(it));
            }
            out.flush();
            return status;
        }
    }
}
