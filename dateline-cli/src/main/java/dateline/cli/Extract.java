package dateline.cli;

import dateline.article.Article;
import dateline.article.ArticleExtractor;
import dateline.command.Batch;
import dateline.command.InputOptions;
import dateline.command.Progress;
import dateline.json.ArticleJson;
import dateline.json.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code dateline extract}: pages in, clean articles out. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract the clean article (title, date, section, authors, lead, body, image credits) "
                + "from each page.",
                "Bad inputs are reported one line each on stderr; the rest go through and the exit status is 1."})
final class Extract implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (readable) or json (JSON Lines, one object per article). Default: ${DEFAULT-VALUE}.")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    enum Format { text, json }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ArticleExtractor extractor = new ArticleExtractor();
        Batch<Article> batch = new Batch<>(input.pageReader(), err, Progress.onTerminal(err, "extracted"));
        int status = batch.run(input.inputs(), extractor::extract, article -> {
            out.println(format == Format.json ? Json.line(ArticleJson.document(article)) : TextView.article(article));
            out.flush();
        });
        return status;
    }
}
