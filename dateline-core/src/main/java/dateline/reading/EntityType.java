package dateline.reading;

/** The coarse kinds of named things Dateline tracks. */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, FACILITY, PRODUCT, EVENT, OTHER;

    /** A place one can be at: a location, or a facility (an airport, a plant, a cathedral). */
    public boolean isPlace() {
        return this == LOCATION || this == FACILITY;
    }

    /** Someone who acts: a person or an organisation. */
    public boolean isAgent() {
        return this == PERSON || this == ORGANIZATION;
    }
}
