package dateline.store;

import dateline.event.Itinerary;

import java.util.List;

/**
 * One person, organisation or place across every stored article: what {@code dateline entity NAME} shows. Counts
 * leave near copies out (a syndicated copy says nothing new), and say so: {@code copies} counts the copies that
 * mention it too.
 *
 * @param type       the type most of its articles give it
 * @param articles   stored articles that mention it, copies not counted
 * @param copies     near copies that mention it, not counted in {@code articles} or {@code mentions}
 * @param mentions   its mentions in those articles, pronouns and descriptions included
 * @param names      every capitalised way the articles write it, with how many mentions each
 * @param place      where the gazetteer put it, for places; null otherwise
 * @param byPeriod   articles and mentions per publication day (or ISO week), undated articles left out
 * @param together   the entities most often in the same articles, with how many articles
 * @param outlets    the web hosts of the articles that mention it, with how many articles
 * @param cited      the sources its events are attributed to, with how many events
 * @param timeline   its events, in date order
 * @param itinerary  its stops, or an empty itinerary
 */
public record EntityProfile(String name, String type, int articles, int copies, int mentions, List<Count> names,
                            Place place, List<Period> byPeriod, List<Count> together, List<Count> outlets,
                            List<Count> cited, List<StoredEvent> timeline, Itinerary itinerary) {
    public EntityProfile {
        names = List.copyOf(names);
        byPeriod = List.copyOf(byPeriod);
        together = List.copyOf(together);
        outlets = List.copyOf(outlets);
        cited = List.copyOf(cited);
        timeline = List.copyOf(timeline);
    }

    /** A value and how many times it was seen. */
    public record Count(String value, int count) {
    }

    /** A gazetteer entry: its id and coordinates. */
    public record Place(String gazetteerId, double lat, double lon) {
    }

    /** One day ("2023-09-13") or ISO week ("2023-W37"): articles published in it and their mentions of the entity. */
    public record Period(String period, int articles, int mentions) {
    }
}
