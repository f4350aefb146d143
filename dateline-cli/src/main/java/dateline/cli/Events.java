package dateline.cli;

import dateline.command.ExitStatus;
import dateline.event.EventType;
import dateline.json.Json;
import dateline.store.EventQuery;
import dateline.store.Store;
import dateline.store.StoreJson;
import dateline.store.StoredEvent;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dateline events}: stored events by type, date range and place. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "List stored events, in date order, filtered by type, date range and place.")
final class Events implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--type", paramLabel = "TYPE", description = "VISIT, ARRIVE, DEPART, MEET, TALKS, INSPECT, "
            + "STATEMENT, AGREE, SIGN, DENY or ATTACK.")
    EventType type;

    @Option(names = "--from", paramLabel = "DATE", description = "Events on or after this day (2023-09-13).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Events on or before this day.")
    LocalDate to;

    @Option(names = "--place", paramLabel = "PLACE", description = "Events at this place (any of its names).")
    String place;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text, json (JSON Lines) or geojson. Default: ${DEFAULT-VALUE}.")
    Itinerary.MapFormat format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store s = Store.open(store.dir)) {
            List<StoredEvent> events = s.events(new EventQuery(type, from, to, place));
            switch (format) {
                case json -> events.forEach(e -> out.println(Json.line(StoreJson.event(e))));
                case geojson -> out.println(Json.line(StoreJson.eventsGeoJson(events)));
                case text -> out.print(Tables.events(events));
            }
            out.flush();
            return ExitStatus.OK;
        }
    }
}
