package dateline.reading;

/** The statistical tagger's coarse class of a token: a kind of name, or {@link #NONE} for no name. */
enum NerClass {
    PERSON, ORGANIZATION, LOCATION, MISC, NONE;

    /** The class of one of CoreNLP's tags; its fine place tags count as places, its number and time tags as none. */
    static NerClass of(String ner) {
        if (ner == null) {
            return NONE;
        }
        return switch (ner) {
            case "PERSON" -> PERSON;
            case "ORGANIZATION" -> ORGANIZATION;
            case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> LOCATION;
            case "MISC" -> MISC;
            default -> NONE;
        };
    }

    /** The class of a token's tag. */
    static NerClass of(Token x) {
        return of(x.ner());
    }
}
