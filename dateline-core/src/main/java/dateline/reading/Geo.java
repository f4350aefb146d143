package dateline.reading;

/**
 * Where a place is.
 *
 * @param lat         latitude in degrees
 * @param lon         longitude in degrees
 * @param gazetteerId the gazetteer's id ("geonames:2013348", "wikidata:Q1434932")
 * @param within      what contains the place, as GeoNames codes it: its country and first-level division ("RU.59"),
 *                    or its country alone ("RU") where the division is unknown or the place is a division; null for a
 *                    country, or when unknown
 */
public record Geo(double lat, double lon, String gazetteerId, String within) {
    /** A place whose containing country and division are unknown. */
    public Geo(double lat, double lon, String gazetteerId) {
        this(lat, lon, gazetteerId, null);
    }
}
