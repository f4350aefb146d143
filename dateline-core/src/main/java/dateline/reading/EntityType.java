package dateline.reading;

/** The coarse kinds of named things Dateline tracks. */
public enum EntityType { PERSON, ORGANIZATION, LOCATION, FACILITY, PRODUCT, EVENT, OTHER }
