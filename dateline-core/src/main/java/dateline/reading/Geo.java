package dateline.reading;

/**
 * Where a place is.
 *
 * @param lat         latitude in degrees
 * @param lon         longitude in degrees
 * @param gazetteerId the gazetteer's id ("geonames:2013348", "wikidata:Q1434932")
 */
public record Geo(double lat, double lon, String gazetteerId) {
}
