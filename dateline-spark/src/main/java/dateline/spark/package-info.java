/** Dateline on Apache Spark: the same page-to-events pipeline as the command line, one task per input file. */
package dateline.spark;
