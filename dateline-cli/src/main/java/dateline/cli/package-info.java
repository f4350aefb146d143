/**
 * The {@code dateline} command line: one class per subcommand, each parsing its options into plain values and calling
 * the stages. Output goes through the command's own writers, never {@code System.out} directly, so tests can run it.
 * The {@code eval} and {@code bench} commands live in {@link dateline.eval.command} (module dateline-eval), and what
 * both share in {@link dateline.command}.
 */
package dateline.cli;
