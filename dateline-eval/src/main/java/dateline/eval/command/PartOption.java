package dateline.eval.command;

import dateline.eval.Split;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** {@code --part tuning|check|all}: which part of a development corpus an evaluation scores. */
final class PartOption {
    @Option(names = "--part", paramLabel = "PART", defaultValue = "all",
            description = "tuning, check or all: the fixed split of every development corpus by file name "
                    + "(see the README). Default: ${DEFAULT-VALUE}.")
    String part;

    Split split() {
        try {
            return Split.valueOf(part.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--part must be tuning, check or all, not " + part);
        }
    }

    /** The files of the chosen part. */
    List<Path> of(List<Path> files) {
        Split split = split();
        return files.stream().filter(split::holds).toList();
    }

    /** Whether a document named so (an id or a file name) is in the chosen part. */
    boolean holds(String name) {
        return split().holds(Path.of(name));
    }
}
