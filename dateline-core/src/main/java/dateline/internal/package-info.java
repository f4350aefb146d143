/** Helpers shared by the stages. No API promise: don't depend on them from outside Dateline. */
package dateline.internal;
