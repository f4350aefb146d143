/**
 * Who did what, to or with whom, where and when, according to whom: event frames built from a reading whose places
 * {@link dateline.resolve} has already placed, and the itineraries that the frames which happened make.
 */
package dateline.event;
