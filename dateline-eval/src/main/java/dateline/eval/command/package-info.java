/**
 * The {@code eval} and {@code bench} commands, which {@code dateline} offers as subcommands: each evaluation reads a
 * gold corpus through {@link dateline.eval} and prints its figures; each benchmark prints throughput and heap over a
 * folder of pages.
 */
package dateline.eval.command;
