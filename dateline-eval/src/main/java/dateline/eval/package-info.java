/**
 * Scoring Dateline against public gold corpora: readers for each corpus format and the metrics, kept apart from
 * the commands that print them so that tests can check the metrics on tiny hand-made examples.
 */
package dateline.eval;
