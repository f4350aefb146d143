package dateline.cli;

import dateline.command.ExitStatus;
import dateline.event.EventType;
import dateline.json.Json;
import dateline.store.SearchFacets;
import dateline.store.SearchHit;
import dateline.store.SearchQuery;
import dateline.store.SearchResult;
import dateline.store.Store;
import dateline.store.StoreJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dateline search QUERY}: full-text search over the stored articles, narrowed and counted by facets. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Full-text search of the stored articles (Lucene syntax: words, \"phrases\", AND, OR, NOT;"
                + " *:* for every article), narrowed by who or what they name, the events they report, where and when"
                + " they were published.", "With --facets, what the matching articles are about instead: the names,"
                + " event types, places, outlets and months they have most, counted in articles."})
final class Search implements Callable<Integer> {
    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "The query; several words are all required.")
    List<String> words;

    @Mixin
    StoreOptions store;

    @Option(names = "--entity", paramLabel = "NAME", description = "Only articles naming this person, organisation"
            + " or place (any of its names, whole).")
    String entity;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only articles reporting an event of this type"
            + " (VISIT, MEET, STATEMENT, …).")
    EventType type;

    @Option(names = "--place", paramLabel = "PLACE", description = "Only articles naming this place or facility.")
    String place;

    @Option(names = "--outlet", paramLabel = "HOST", description = "Only articles published on this web host.")
    String outlet;

    @Option(names = "--from", paramLabel = "DATE", description = "Only articles published on or after this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only articles published on or before this day.")
    LocalDate to;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the first N hits, at most 10,000 (default: ${DEFAULT-VALUE}).")
    int offset;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N articles (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--facets", description = "Print the facets of the matching articles instead of the hits.")
    boolean facets;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text or json. Default: ${DEFAULT-VALUE}.")
    Extract.Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        SearchQuery q = new SearchQuery(String.join(" ", words), entity, type, place, outlet, from, to,
                Math.max(0, Math.min(SearchQuery.MOST_OFFSET, offset)),
                Math.max(1, Math.min(SearchQuery.MOST_LIMIT, limit)));
        try (Store s = Store.open(store.dir)) {
            if (facets) {
                SearchFacets f = s.facets(q);
                out.print(format == Extract.Format.json ? Json.line(StoreJson.facets(f)) + "\n" : Tables.facets(f));
            } else {
                SearchResult r = s.search(q);
                if (format == Extract.Format.json) {
                    for (SearchHit h : r.hits()) {
                        out.println(Json.line(StoreJson.hit(h)));
                    }
                } else {
                    out.print(Tables.hits(r.hits(), q.offset(), r.total()));
                }
            }
            out.flush();
            return ExitStatus.OK;
        }
    }
}
