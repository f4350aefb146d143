package dateline.command;

import java.io.PrintWriter;

/**
 * A one-line progress display on stderr for long work. Shown only when stderr is a terminal, so that logs and pipes
 * stay clean; redrawn at most a few times a second.
 */
public final class Progress {
    private final PrintWriter err;
    private final boolean enabled;
    private final String verb;
    private final long started = System.nanoTime();
    private long lastDraw;
    private int count;
    private boolean drawn;

    Progress(PrintWriter err, String verb, boolean enabled) {
        this.err = err;
        this.verb = verb;
        this.enabled = enabled;
    }

    /** A progress line when stderr is a terminal, none otherwise. */
    public static Progress onTerminal(PrintWriter err, String verb) {
        return new Progress(err, verb, System.console() != null);
    }

    public static Progress none(PrintWriter err) {
        return new Progress(err, "", false);
    }

    public void step(String what) {
        count++;
        long now = System.nanoTime();
        if (!enabled || now - lastDraw < 200_000_000L) {
            return;
        }
        lastDraw = now;
        double seconds = (now - started) / 1e9;
        String name = what.length() > 50 ? "…" + what.substring(what.length() - 49) : what;
        err.print(String.format("\r\033[K%s %,d pages  %.1f/s  %s", verb, count, count / Math.max(seconds, 1e-3), name));
        err.flush();
        drawn = true;
    }

    public void clear() {
        if (drawn) {
            err.print("\r\033[K");
            err.flush();
            drawn = false;
        }
    }

    public void done() {
        if (enabled && drawn) {
            clear();
            double seconds = (System.nanoTime() - started) / 1e9;
            err.println(String.format("%s %,d pages in %.1f s", verb, count, seconds));
        }
    }
}
