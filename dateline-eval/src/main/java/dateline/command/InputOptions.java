package dateline.command;

import dateline.page.Page;
import dateline.page.PageFailure;
import dateline.page.PageReader;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** The inputs every page-reading command takes: a picocli mixin. */
public final class InputOptions {
    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "HTML or scraped-text files, their .gz, folders (recursive), WARC/WARC.gz archives, "
                    + "RSS/Atom feeds, or - for standard input.")
    private List<String> inputs;

    @Option(names = "--max-page-mb", paramLabel = "MB", defaultValue = "16",
            description = "Skip pages larger than this many megabytes (default: ${DEFAULT-VALUE}).")
    private int maxPageMb;

    /** The options a command line would give: for a command that takes its inputs another way. */
    public static InputOptions of(List<String> inputs, int maxPageMb) {
        InputOptions options = new InputOptions();
        options.inputs = inputs;
        options.maxPageMb = maxPageMb;
        return options;
    }

    /** The inputs as given: files, folders, archives, feeds or {@code -}. */
    public List<String> inputs() {
        return inputs;
    }

    /** Every page of the inputs, in memory (for benchmarks); pages that cannot be read are reported on {@code err}. */
    public List<Page> readAll(PrintWriter err) {
        List<Page> pages = new ArrayList<>();
        PageReader reader = pageReader();
        for (String in : inputs) {
            reader.read(in, new PageReader.Sink() {
                @Override
                public void page(Page page) {
                    pages.add(page);
                }

                @Override
                public void failure(PageFailure failure) {
                    err.println("dateline: " + failure.message());
                }
            });
        }
        return pages;
    }

    /** A reader that skips pages over {@code --max-page-mb}. */
    public PageReader pageReader() {
        if (maxPageMb <= 0) {
            throw new IllegalArgumentException("--max-page-mb must be positive");
        }
        return new PageReader((long) maxPageMb << 20);
    }
}
