package dateline.command;

/** The exit statuses of every {@code dateline} command. */
public final class ExitStatus {
    /** Every input went through. */
    public static final int OK = 0;
    /** Some inputs failed (each said why on stderr); the rest went through. */
    public static final int SOME_FAILED = 1;
    /** The command line itself was wrong. */
    public static final int USAGE = 2;

    private ExitStatus() {
    }
}
