/** Who did what, to or with whom, where and when, according to whom: event frames built from a reading. */
package dateline.event;
