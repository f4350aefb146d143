package dateline.store;

import dateline.event.Event;
import dateline.event.EventType;
import dateline.event.Precision;

import java.util.List;

/**
 * An event as the store keeps it: with its document, and with names in place of the document-local entity ids.
 *
 * @param document the document's source (file or URL)
 * @param time     ISO date ("2023-09-15", "2023-09", "2023"), or null
 * @param place    the place's name, or null; {@code lat}, {@code lon}, {@code gazetteerId} null when not geocoded
 */
public record StoredEvent(String document, String title, String id, EventType type, String time,
                          Precision timePrecision, String text, String agent, List<String> with, String place,
                          Double lat, Double lon, String gazetteerId, List<String> sources, Event.Polarity polarity,
                          Event.Status status) {
    public StoredEvent {
        with = List.copyOf(with);
        sources = List.copyOf(sources);
    }
}
