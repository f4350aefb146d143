/**
 * What an article says: sentences, entities and their mentions, normalised times, quotes and source chains.
 * {@link dateline.reading.Reader#read} composes the chain; each stage is a small class with one job, and the words
 * its rules look for are lists under {@code dateline/reading/lexicon/} ({@link dateline.reading.Lexicon}).
 */
package dateline.reading;
