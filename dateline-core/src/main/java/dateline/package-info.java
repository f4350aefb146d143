/**
 * Dateline reads raw news pages and answers who did what, to or with whom, where, when, and according to whom.
 *
 * <p>Data flows one way, one package per stage: {@code page} (bytes as found) → {@code article} (the clean article)
 * → {@code reading} (entities, times, quotes, sources) → {@code event} (who did what). Each stage is a plain function
 * of its input and passes immutable records on, so the same code runs in the command line, a server or a Spark task.
 * Imports point only backwards along that flow.
 */
package dateline;
