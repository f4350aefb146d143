package dateline.cli;

import dateline.command.ExitStatus;
import dateline.command.Progress;
import dateline.json.ReadingLines;
import dateline.pipeline.Pipeline;
import dateline.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** {@code dateline import}: readings made elsewhere into the store, without reading the articles again. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Store readings made elsewhere: the readings/ folder a Spark job writes, or what"
                + " 'dateline read --format json' prints, one JSON line per article (plain or .gz).",
                "The articles are not read again. An article stored already is skipped, so importing twice adds"
                        + " nothing, and a run killed at any moment can simply be run again.",
                "A line that is not a reading is reported on stderr as FILE:LINE; the rest go through and the exit"
                        + " status is 1."})
final class Import implements Callable<Integer> {
    /** Longest line taken, in characters: a reading is its article's text and a few times its size in JSON. */
    static final int MAX_LINE = 64 << 20;
    /** What {@link #next} gives for a line over {@link #MAX_LINE}: compared by identity, never a line's own text. */
    private static final String TOO_LONG = new String("(too long)");

    @Parameters(arity = "1..*", paramLabel = "DIR|FILE",
            description = "Files of JSON lines, or folders: a job's output folder (its readings/ part), or any folder"
                    + " of them (files starting with . or _ are skipped).")
    List<Path> inputs;

    @Mixin
    StoreOptions store;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = Progress.onTerminal(err, "imported");
        int[] counts = new int[3]; // stored, already there, failed
        try (Store s = Store.open(store.dir)) {
            for (Path file : files(inputs, err, counts)) {
                try (BufferedReader lines = reader(file)) {
                    int number = 0;
                    for (String line; (line = next(lines)) != null; ) {
                        number++;
                        if (line.isBlank()) {
                            continue;
                        }
                        if (line == TOO_LONG) {
                            progress.clear();
                            err.println("dateline: " + file + ":" + number + ": longer than " + MAX_LINE
                                    + " characters, skipped");
                            counts[2]++;
                            continue;
                        }
                        try {
                            Pipeline.Result r = ReadingLines.parse(line);
                            counts[s.put(r.reading(), r.events()) ? 0 : 1]++;
                            progress.step(r.reading().article().source());
                        } catch (IllegalArgumentException e) {
                            progress.clear();
                            err.println("dateline: " + file + ":" + number + ": " + e.getMessage());
                            counts[2]++;
                        }
                    }
                } catch (IOException e) {
                    progress.clear();
                    err.println("dateline: " + file + ": cannot read: " + e.getMessage());
                    counts[2]++;
                }
            }
            progress.done();
            out.printf("stored %d new articles (%d already there), %d failed; %d articles in %s%n",
                    counts[0], counts[1], counts[2], s.articles(), store.dir);
        }
        out.flush();
        return counts[2] == 0 ? ExitStatus.OK : ExitStatus.SOME_FAILED;
    }

    /** The files to import, in name order; a folder with a readings/ folder (a job's output) gives only that one. */
    static List<Path> files(List<Path> inputs, PrintWriter err, int[] counts) {
        List<Path> out = new ArrayList<>();
        for (Path input : inputs) {
            Path dir = Files.isDirectory(input.resolve("readings")) ? input.resolve("readings") : input;
            if (!Files.exists(dir)) {
                err.println("dateline: " + input + ": no such file or folder");
                counts[2]++;
            } else if (Files.isDirectory(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.filter(Files::isRegularFile).filter(p -> !hidden(p.getFileName().toString()))
                            .sorted().forEach(out::add);
                } catch (IOException | RuntimeException e) {
                    err.println("dateline: " + input + ": cannot list: " + e.getMessage());
                    counts[2]++;
                }
            } else {
                out.add(dir);
            }
        }
        return out;
    }

    /** Hadoop's markers and checksums (_SUCCESS, .part-00000.crc) and hidden files. */
    private static boolean hidden(String name) {
        return name.startsWith(".") || name.startsWith("_");
    }

    private static BufferedReader reader(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    /**
     * The next line, or null at the end; {@link #TOO_LONG} for a line longer than {@link #MAX_LINE}, which is
     * skipped to its end without being kept.
     */
    static String next(BufferedReader in) throws IOException {
        StringBuilder line = new StringBuilder();
        boolean tooLong = false;
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            if (line.length() < MAX_LINE) {
                line.append((char) c);
            } else {
                tooLong = true;
            }
        }
        if (c < 0 && line.isEmpty()) {
            return null;
        }
        return tooLong ? TOO_LONG : line.toString();
    }
}
