package dateline.store;

import dateline.event.EventType;

import java.time.LocalDate;

/**
 * Which events to list; null fields do not filter.
 *
 * @param place a place name or one of its other names, matched whole, case and accents aside
 */
public record EventQuery(EventType type, LocalDate from, LocalDate to, String place) {
    public static EventQuery all() {
        return new EventQuery(null, null, null, null);
    }
}
