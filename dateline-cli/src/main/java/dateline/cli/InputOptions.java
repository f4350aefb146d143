package dateline.cli;

import dateline.page.PageReader;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;

/** The inputs every page-reading command takes. */
final class InputOptions {
    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "HTML or scraped-text files, their .gz, folders (recursive), WARC/WARC.gz archives, "
                    + "RSS/Atom feeds, or - for standard input.")
    List<String> inputs;

    @Option(names = "--max-page-mb", paramLabel = "MB", defaultValue = "16",
            description = "Skip pages larger than this many megabytes (default: ${DEFAULT-VALUE}).")
    int maxPageMb;

    PageReader pageReader() {
        if (maxPageMb <= 0) {
            throw new IllegalArgumentException("--max-page-mb must be positive");
        }
        return new PageReader((long) maxPageMb << 20);
    }
}
