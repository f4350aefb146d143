package dateline.event;

import java.util.Locale;

/** How precisely an event's time is known: the calendar unit its value names. */
public enum Precision {
    DAY, WEEK, MONTH, YEAR;

    /** The form the output contract and the store use: "day", "week", "month", "year". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The precision of a {@link #code()}, or null for null. */
    public static Precision of(String code) {
        return code == null ? null : valueOf(code.toUpperCase(Locale.ROOT));
    }
}
