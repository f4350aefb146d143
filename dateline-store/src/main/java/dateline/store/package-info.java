/**
 * Where readings are kept: an embedded H2 database (articles, entities, mentions, events, sources) and a Lucene index
 * for full text, both in one folder. Nothing to install; safe to kill at any moment and reopen.
 */
package dateline.store;
