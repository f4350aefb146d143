package dateline.cli;

import dateline.command.ExitStatus;
import dateline.store.Store;
import dateline.web.WebServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code dateline serve}: the store on the web, until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store: a page to search, read annotated articles, and follow timelines and"
                + " itineraries on a map, over a JSON API (/api/search, /api/article, /api/events, /api/timeline,"
                + " /api/itinerary, /api/articles).",
                "Stop it with Ctrl-C. Ingest into the store from another process only while it is stopped."})
final class Serve implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "7070", description = "Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "The address to listen on; 0.0.0.0 for every interface. Default: ${DEFAULT-VALUE}.")
    String host;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Store s = Store.open(store.dir);
        WebServer web;
        try {
            web = WebServer.start(s, host, port);
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        out.printf("serving %d articles from %s on http://%s:%d/ (Ctrl-C stops)%n", s.articles(), store.dir, host,
                web.port());
        out.flush();
        // Ctrl-C ends the JVM without waiting for this thread: the hook itself closes the server, then the store.
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            web.close();
            s.close();
            stopped.countDown();
        }));
        stopped.await();
        return ExitStatus.OK;
    }
}
