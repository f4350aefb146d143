package dateline.eval.command;

import dateline.command.ExitStatus;
import dateline.eval.BCubed;
import dateline.eval.GoldDocument;
import dateline.eval.GumNews;
import dateline.eval.Meantime;
import dateline.eval.Prf;
import dateline.eval.Re3d;
import dateline.eval.ReadingScorer;
import dateline.reading.EntityType;
import dateline.reading.Reading;
import dateline.resolve.Gazetteer;
import dateline.resolve.Geocoder;
import dateline.resolve.SameEntities;
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
import java.util.function.BiFunction;

/** {@code dateline eval entities}: named entities, times and coreference against MEANTIME, GUM or re3d. */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = {"Score named entities (P/R/F1 per type), coreference (B³ over named mentions) and, where the "
                + "corpus has them, time values.",
                "Corpora: meantime (intra-doc_annotation XML), gum (dep/*.conllu), re3d (the corpus folder).",
                "A system mention counts when it overlaps a gold named mention of a compatible type (FACILITY = "
                        + "LOCATION); system mentions on other annotated mentions are not scored."})
final class EvalEntities implements Callable<Integer> {
    enum Corpus {
        meantime(false), gum(false), re3d(true);

        /** re3d types a country by its part in each mention: an Organisation when it acts, a Location when it is ground. */
        final boolean placesByRole;

        Corpus(boolean placesByRole) {
            this.placesByRole = placesByRole;
        }
    }

    @Option(names = "--corpus", required = true, description = "meantime, gum or re3d")
    Corpus corpus;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "corpus files or folders")
    List<Path> paths;

    @Option(names = "--min-f1", paramLabel = "F", defaultValue = "0",
            description = "Exit with status 1 when PER/ORG/LOC F1 is below this.")
    double minF1;

    @Option(names = "--misses", description = "List every gold named mention missed or mistyped, with what was found, "
            + "and every system mention that matches no gold mention of its type.")
    boolean misses;

    @Option(names = "--cross-document", description = "Also score one entity across documents (B³ over the gold "
            + "named mentions of all documents, against MEANTIME's corpus-wide instances; the "
            + "intra_cross-doc_annotation folder gives them on the most entities).")
    boolean crossDocument;

    @CommandLine.Mixin
    PartOption part;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<GoldDocument> golds = load();
        if (crossDocument && corpus != Corpus.meantime) {
            err.println("dateline: --cross-document needs MEANTIME, whose entities carry corpus-wide instance ids");
            return ExitStatus.USAGE;
        }
        List<Reading> readings = EvalReading.readAll(golds, err);
        Map<String, Prf> entities = new LinkedHashMap<>();
        Map<String, Prf> times = new LinkedHashMap<>();
        BCubed.Score coref = BCubed.Score.ZERO;
        for (int i = 0; i < golds.size(); i++) {
            ReadingScorer.entities(golds.get(i), readings.get(i), corpus.placesByRole).forEach((k, v) -> entities.merge(k, v, Prf::plus));
            ReadingScorer.times(golds.get(i), readings.get(i)).forEach((k, v) -> times.merge(k, v, Prf::plus));
            if (misses) {
                printMisses(out, golds.get(i), readings.get(i), corpus.placesByRole);
            }
            if (!golds.get(i).chains().isEmpty()) {
                coref = coref.plus(ReadingScorer.coreference(golds.get(i), readings.get(i)));
            }
        }
        Prf perOrgLoc = entities.get("PERSON").plus(entities.get("ORGANIZATION")).plus(entities.get("LOCATION"));
        out.printf("%s: %d documents%n", corpus, golds.size());
        entities.forEach((type, p) -> {
            if (p.gold() > 0 || p.system() > 0) {
                out.printf("  %-13s %s%n", type, p);
            }
        });
        out.printf("  %-13s %s%n", "PER/ORG/LOC", perOrgLoc);
        if (corpus == Corpus.re3d) {
            out.printf("  %-13s %s  (every annotated mention, names or not)%n", "all mentions",
                    everyMention(readings));
        }
        if (coref.goldMentions() > 0) {
            out.printf("  coreference   %s%n", coref);
        }
        if (crossDocument) {
            crossDocument(out, golds, readings);
        }
        if (times.get("value").gold() > 0) {
            out.printf("  time values   %s%n", times.get("value"));
        }
        out.flush();
        return perOrgLoc.f1() >= minF1 ? ExitStatus.OK : ExitStatus.SOME_FAILED;
    }

    /**
     * One entity across documents: the groups {@link SameEntities} makes of the geocoded readings, and, for scale,
     * every document's entities kept apart.
     */
    private void crossDocument(PrintWriter out, List<GoldDocument> golds, List<Reading> readings) {
        Geocoder geocoder = new Geocoder(Gazetteer.load());
        List<Reading> placed = readings.stream().map(geocoder::geocode).toList();
        Map<SameEntities.Ref, Integer> groups = SameEntities.group(placed);
        BiFunction<Integer, String, String> group = (d, e) -> "g" + groups.get(new SameEntities.Ref(d, e));
        out.printf("  across documents %s%n", ReadingScorer.crossDocument(golds, placed, group));
        out.printf("  documents apart  %s%n", ReadingScorer.crossDocument(golds, placed, (d, e) -> d + "/" + e));
        if (misses) {
            ReadingScorer.crossDocumentMisses(golds, placed, group).forEach(out::println);
        }
    }

    private static void printMisses(PrintWriter out, GoldDocument gold, Reading reading, boolean placesByRole) {
        String text = gold.text();
        for (var g : gold.entities()) {
            String found = null;
            for (var e : reading.entities()) {
                for (var m : e.mentions()) {
                    if (g.overlaps(m.start(), m.end()) && (found == null || !found.endsWith(g.label()))) {
                        found = text.substring(m.start(), m.end()) + " = "
                                + (placesByRole && e.asOrganization().contains(m) ? EntityType.ORGANIZATION : e.type());
                    }
                }
            }
            if (found == null || !found.endsWith(g.label()) && !(g.label().equals("LOCATION") && found.endsWith("FACILITY"))) {
                out.printf("%s\t%s\tgold %s\tgot %s%n", gold.name(), text.substring(g.start(), g.end()).replace('\n', ' '),
                        g.label(), found == null ? "-" : found);
            }
        }
        for (var s : ReadingScorer.systemMentions(gold, reading, placesByRole)) {
            if (gold.entities().stream().noneMatch(g -> g.overlaps(s) && g.label().equals(s.label()))) {
                String under = gold.entities().stream().filter(g -> g.overlaps(s)).findFirst()
                        .map(g -> text.substring(g.start(), g.end()).replace('\n', ' ') + " = " + g.label()).orElse("-");
                out.printf("%s\t%s\tspurious %s\tgold %s%n", gold.name(), text.substring(s.start(), s.end()),
                        s.label(), under);
            }
        }
    }

    /** PER/ORG/LOC over every re3d mention of those types, for the same readings (documents in the same order). */
    private Prf everyMention(List<Reading> readings) throws Exception {
        List<GoldDocument> golds = new ArrayList<>();
        for (Path p : paths) {
            Re3d.readAll(p, false).stream().filter(g -> part.holds(g.name())).forEach(golds::add);
        }
        Prf sum = Prf.ZERO;
        for (int i = 0; i < golds.size(); i++) {
            Map<String, Prf> byType = ReadingScorer.entities(golds.get(i), readings.get(i), corpus.placesByRole);
            sum = sum.plus(byType.get("PERSON")).plus(byType.get("ORGANIZATION")).plus(byType.get("LOCATION"));
        }
        return sum;
    }

    private List<GoldDocument> load() throws Exception {
        List<GoldDocument> golds = new ArrayList<>();
        switch (corpus) {
            case meantime -> {
                for (Path f : part.of(EvalReading.files(paths, ".xml"))) {
                    golds.add(Meantime.read(f));
                }
            }
            case gum -> {
                for (Path f : part.of(EvalReading.files(paths, ".conllu"))) {
                    golds.add(GumNews.read(f));
                }
            }
            case re3d -> {
                for (Path p : paths) {
                    Re3d.readAll(p).stream().filter(g -> part.holds(g.name())).forEach(golds::add);
                }
            }
        }
        return golds;
    }
}
