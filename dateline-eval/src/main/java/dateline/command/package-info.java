/**
 * What every {@code dateline} command shares, whichever module it lives in: the exit statuses, the input options,
 * a batch that runs one function over every page and reports failures one line each, the progress line, pages into
 * the store, heap figures, and how a command line is set up. Here, below both {@code dateline.cli} and
 * {@code dateline.eval.command}, so that each uses it without depending on the other.
 */
package dateline.command;
