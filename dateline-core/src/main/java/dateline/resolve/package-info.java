/**
 * Resolving what a reading names to things in the world, between reading and events: places to coordinates through
 * an offline gazetteer (GeoNames, CC BY 4.0, compiled into the jar at build time, plus a small curated table of
 * facilities), and one entity across articles ({@link dateline.resolve.SameEntities}).
 */
package dateline.resolve;
