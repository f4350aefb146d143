/** What an article says: sentences, entities and their mentions, normalised times, quotes and source chains. */
package dateline.reading;
