package dateline.resolve;

import java.util.Objects;

/**
 * One entry of the gazetteer.
 *
 * @param id         the source's id: "geonames:2013348", "geonames-admin1:RU.59", "iso3166:RU", "wikidata:Q8691"
 * @param name       its usual English name
 * @param kind       what sort of place it is
 * @param country    ISO 3166-1 alpha-2 code, or "" when unknown
 * @param admin1     the GeoNames first-level division code within the country ("59"), or ""
 * @param population people living there (summed over its cities for regions and countries); 0 for facilities
 */
public record Place(String id, String name, double lat, double lon, Kind kind, String country, String admin1,
                    long population) {
    /** Countries, first-level divisions (states, oblasts, krais), populated places and named facilities. */
    public enum Kind { COUNTRY, REGION, CITY, FACILITY }

    public Place {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(admin1, "admin1");
    }

    /**
     * What contains the place, as {@link dateline.reading.Geo#within()} writes it: "RU.59" for a city or facility
     * whose division is known, "RU" for a division or where only the country is, null for a country.
     */
    public String within() {
        if (kind == Kind.COUNTRY || country.isEmpty()) {
            return null;
        }
        return kind == Kind.REGION || admin1.isEmpty() ? country : country + "." + admin1;
    }

    /** Great-circle distance in kilometres. */
    public double kmTo(Place other) {
        return km(lat, lon, other.lat, other.lon);
    }

    static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 6371.0 * 2 * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
