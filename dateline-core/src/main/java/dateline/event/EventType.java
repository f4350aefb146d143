package dateline.event;

/** Dateline's compact event types; {@link #cameo()} gives the CAMEO root code where one fits, else null. */
public enum EventType {
    VISIT("04"), ARRIVE(null), DEPART(null), MEET("04"), TALKS("04"), INSPECT(null), STATEMENT("01"),
    AGREE("03"), SIGN("05"), DENY("01"), ATTACK("19");

    private final String cameo;

    EventType(String cameo) {
        this.cameo = cameo;
    }

    public String cameo() {
        return cameo;
    }

    /**
     * The type a predicate lemma signals on its own ("visit" → VISIT, "summit" → MEET), or null. Nouns that need a
     * light verb ("views", "agreement") signal nothing alone.
     */
    public static EventType ofPredicate(String lemma) {
        EventType verb = Triggers.VERBS.get(lemma);
        if (verb != null || Triggers.LIGHT_ONLY_NOUNS.contains(lemma)) {
            return verb;
        }
        return Triggers.NOUNS.get(lemma);
    }
}
