package dateline.cli;

import dateline.article.Article;
import dateline.article.ArticleExtractor;
import dateline.article.PublishedDate;
import dateline.command.Batch;
import dateline.command.ExitStatus;
import dateline.command.InputOptions;
import dateline.command.Progress;
import dateline.json.ReadingJson;
import dateline.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

/** {@code dateline read}: pages in, readings out (entities, coreference, normalised times, quotes, source chains). */
@Command(name = "read", mixinStandardHelpOptions = true,
        description = {"Read each article: named entities with their other names and mentions, time expressions "
                + "normalised against the publication date, quotes and their speakers, claims and their source chains.",
                "Bad inputs are reported one line each on stderr; the rest go through and the exit status is 1."})
final class Read implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (readable) or json (JSON Lines, one object per article). Default: ${DEFAULT-VALUE}.")
    Extract.Format format;

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date (2023-09-17, 2023-09-17T18:37, 2023-09-17T18:37+03:00) for pages that "
                    + "state none; a date the page states wins.")
    String published;

    @Option(names = "--clean", description = "The inputs are already clean article text: no extraction; the "
            + "article text is the file's decoded content, unchanged.")
    boolean clean;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PublishedDate given;
        try {
            given = published == null ? null : parseDate(published);
        } catch (IllegalArgumentException e) {
            err.println("dateline: " + e.getMessage());
            return ExitStatus.USAGE;
        }
        ArticleExtractor extractor = new ArticleExtractor();
        Pipeline pipeline = new Pipeline(extractor);
        Batch<Pipeline.Result> batch = new Batch<>(input.pageReader(), err, Progress.onTerminal(err, "read"));
        return batch.run(input.inputs(), page -> {
            Article article = clean ? Article.ofCleanText(page) : extractor.extract(page);
            if (article.published() == null && given != null) {
                article = article.withPublished(given);
            }
            return pipeline.apply(article);
        }, r -> {
            out.println(format == Extract.Format.json
                    ? ReadingJson.line(r)
                    : TextView.reading(r.reading()));
            out.flush();
        });
    }

    /** A date as ISO 8601 at any precision from a day to seconds with offset; TimeML's 19980213 too. */
    static PublishedDate parseDate(String s) {
        String v = s.strip();
        try {
            if (v.matches("\\d{8}")) {
                return PublishedDate.ofDate(LocalDate.parse(v, DateTimeFormatter.BASIC_ISO_DATE), "given");
            }
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return PublishedDate.ofDate(LocalDate.parse(v), "given");
            }
            if (v.matches(".*T.*([+-]\\d{2}:?\\d{2}|Z)")) {
                OffsetDateTime t = OffsetDateTime.parse(v);
                return new PublishedDate(t.toLocalDate(), t.toLocalTime(), t.getOffset(), "given");
            }
            LocalDateTime t = LocalDateTime.parse(v);
            return new PublishedDate(t.toLocalDate(), t.toLocalTime(), null, "given");
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--published: not an ISO 8601 date: " + s);
        }
    }
}
