package dateline.cli;

import dateline.command.ExitStatus;
import dateline.json.Json;
import dateline.store.SearchHit;
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

/** {@code dateline search QUERY}: full-text search over the stored articles. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Full-text search of the stored articles (Lucene syntax: words, \"phrases\", AND, OR, NOT).")
final class Search implements Callable<Integer> {
    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "The query; several words are all required.")
    List<String> words;

    @Mixin
    StoreOptions store;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N articles (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text or json. Default: ${DEFAULT-VALUE}.")
    Extract.Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store s = Store.open(store.dir)) {
            List<SearchHit> hits = s.search(String.join(" ", words), Math.max(1, limit));
            if (format == Extract.Format.json) {
                for (SearchHit h : hits) {
                    out.println(Json.line(StoreJson.hit(h)));
                }
            } else {
                out.print(Tables.hits(hits));
            }
            out.flush();
            return ExitStatus.OK;
        }
    }
}
