package dateline.eval.command;

import dateline.command.ExitStatus;
import dateline.eval.EventScorer;
import dateline.eval.GoldDocument;
import dateline.eval.Meantime;
import dateline.event.EventExtractor;
import dateline.reading.Reading;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dateline eval events}: event frames against MEANTIME's event mentions and their participants. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Score event frames on MEANTIME (intra-doc_annotation XML) where they line up: gold event "
                + "mentions whose predicate Dateline types (visit, meet, say, sign, …), in the annotated sentences.",
                "Prints frame P/R/F1 (same type, gold anchor inside the frame's sentence) and, on matched frames, "
                        + "how often agent (Arg0), place (Argm-LOC), polarity and planned-vs-happened agree."})
final class EvalEvents implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "MEANTIME files or folders")
    List<Path> paths;

    @CommandLine.Option(names = "--misses", description = "List every gold event mention missed and every frame that "
            + "matches none, with its sentence.")
    boolean misses;

    @CommandLine.Option(names = "--min-f1", paramLabel = "F", defaultValue = "0",
            description = "Exit with status 1 when frame F1 is below this.")
    double minF1;

    @CommandLine.Mixin
    PartOption part;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Meantime.WithEvents> docs = new ArrayList<>();
        for (Path f : part.of(EvalReading.files(paths, ".xml"))) {
            docs.add(Meantime.readWithEvents(f));
        }
        List<GoldDocument> golds = docs.stream().map(Meantime.WithEvents::gold).toList();
        List<Reading> readings = EvalReading.readAll(golds, spec.commandLine().getErr());
        EventExtractor extractor = new EventExtractor();
        EventScorer.Counts total = EventScorer.Counts.ZERO;
        for (int i = 0; i < docs.size(); i++) {
            total = total.plus(EventScorer.score(docs.get(i), readings.get(i), extractor.extract(readings.get(i)),
                    misses ? out::println : line -> { }));
        }
        out.printf("events: %d documents%n", docs.size());
        out.printf("  frames     %s%n", total.frames());
        out.printf("  on %d matched frames: agent %.3f, place %.3f, polarity %.3f, status %.3f%n", total.matched(),
                total.share(total.agentRight()), total.share(total.placeRight()),
                total.share(total.polarityRight()), total.share(total.statusRight()));
        out.flush();
        return total.frames().f1() >= minF1 ? ExitStatus.OK : ExitStatus.SOME_FAILED;
    }
}
