package dateline.event;

import java.util.Locale;

/**
 * How precisely a place is known, as event datasets code it: a facility, a city (or any populated place), a region
 * (a country's first-level division), a country.
 */
public enum PlacePrecision {
    FACILITY, CITY, REGION, COUNTRY;

    /** The form the output contract uses: "facility", "city", "region", "country". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The precision of the place a gazetteer id names: the gazetteer's own kinds, read off the id's source ("iso3166:"
     * countries, "geonames-admin1:" divisions, "geonames:" populated places, the rest the facilities list); null for
     * null.
     */
    public static PlacePrecision of(String gazetteerId) {
        if (gazetteerId == null) {
            return null;
        }
        if (gazetteerId.startsWith("iso3166:")) {
            return COUNTRY;
        }
        if (gazetteerId.startsWith("geonames-admin1:")) {
            return REGION;
        }
        return gazetteerId.startsWith("geonames:") ? CITY : FACILITY;
    }

    /** Whether a gazetteer id names a country or a region: a place that contains the stops of a trip. */
    public static boolean isCoarse(String gazetteerId) {
        PlacePrecision p = of(gazetteerId);
        return p == COUNTRY || p == REGION;
    }
}
