package dateline.event;

import java.util.List;
import java.util.Objects;

/**
 * One event frame: who did what, with whom, where, when, according to whom. Entity references are ids of the
 * reading's entities.
 *
 * @param time          ISO date of the event ("2023-09-15"), or null
 * @param timePrecision the unit the time names, or null with no time
 */
public record Event(String id, EventType type, int start, int end, String text, String agent, List<String> with,
                    String place, String time, Precision timePrecision, List<String> sources, Polarity polarity,
                    Status status) {

    /** Whether the text asserts the event or denies it ("did not sign"). */
    public enum Polarity { POSITIVE, NEGATIVE }

    /** Whether the event took place, is planned or expected, or is only reported. */
    public enum Status { HAPPENED, PLANNED, REPORTED }

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        with = List.copyOf(with);
        sources = List.copyOf(sources);
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(status, "status");
    }
}
