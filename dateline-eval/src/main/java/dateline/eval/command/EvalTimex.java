package dateline.eval.command;

import dateline.command.ExitStatus;
import dateline.eval.GoldDocument;
import dateline.eval.GoldSpan;
import dateline.eval.Meantime;
import dateline.eval.Prf;
import dateline.eval.ReadingScorer;
import dateline.eval.TimeMl;
import dateline.reading.Reading;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code dateline eval timex}: time expressions against TimeML gold (TempEval-3) or MEANTIME's TIMEX3 layer. */
@Command(name = "timex", mixinStandardHelpOptions = true,
        description = {"Score time expressions on TimeML files (TempEval-3: TimeBank, AQUAINT, platinum) or on MEANTIME.",
                "Each file's <TEXT> is read as clean text dated by its DCT; spans match by character offsets.",
                "MEANTIME's text is rebuilt from its tokens and scored in its annotated sentences 0-5.",
                "Prints strict and relaxed span P/R/F1 and value F1 (overlap with the same normalised value)."})
final class EvalTimex implements Callable<Integer> {
    enum Corpus {
        timeml(".tml"), meantime(".xml");

        final String suffix;

        Corpus(String suffix) {
            this.suffix = suffix;
        }
    }

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "gold files or folders holding them")
    List<Path> paths;

    @Option(names = "--corpus", defaultValue = "timeml",
            description = "timeml (.tml files) or meantime (.xml files). Default: ${DEFAULT-VALUE}.")
    Corpus corpus;

    @Option(names = "--min-value-f1", paramLabel = "F", defaultValue = "0",
            description = "Exit with status 1 when value F1 is below this.")
    double minValueF1;

    @Option(names = "--misses", description = "List every gold time expression missed or misvalued, and every expression found where gold "
            + "has none.")
    boolean misses;

    @CommandLine.Mixin
    PartOption part;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<GoldDocument> golds = new ArrayList<>();
        for (Path f : part.of(EvalReading.files(paths, corpus.suffix))) {
            golds.add(corpus == Corpus.timeml ? TimeMl.read(f) : Meantime.read(f));
        }
        List<Reading> readings = EvalReading.readAll(golds, err);
        Map<String, Prf> total = new LinkedHashMap<>();
        for (int i = 0; i < golds.size(); i++) {
            ReadingScorer.times(golds.get(i), readings.get(i)).forEach((k, v) -> total.merge(k, v, Prf::plus));
            if (misses) {
                printMisses(out, golds.get(i), readings.get(i));
            }
        }
        out.printf("timex: %d documents, %d gold time expressions%n", golds.size(), total.get("value").gold());
        total.forEach((k, v) -> out.printf("  %-8s %s%n", k, v));
        out.flush();
        return total.get("value").f1() >= minValueF1 ? ExitStatus.OK : ExitStatus.SOME_FAILED;
    }

    private static void printMisses(PrintWriter out, GoldDocument gold, Reading reading) {
        String text = gold.text();
        for (var g : gold.times()) {
            var found = reading.times().stream().filter(t -> g.overlaps(t.start(), t.end())).findFirst();
            if (found.isEmpty() || !g.label().equals(found.get().value())) {
                out.printf("%s\t%s\tgold %s\tgot %s%n", gold.name(), text.substring(g.start(), g.end()).replace('\n', ' '),
                        g.label(), found.map(t -> t.text() + " = " + t.value()).orElse("-"));
            }
        }
        for (GoldSpan t : ReadingScorer.scoredTimes(gold, reading)) {
            if (gold.times().stream().noneMatch(g -> g.overlaps(t.start(), t.end()))) {
                out.printf("%s\t%s\tspurious %s%n", gold.name(), text.substring(t.start(), t.end()).replace('\n', ' '),
                        t.label());
            }
        }
    }
}
