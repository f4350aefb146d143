package dateline.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Where one person was, stop by stop, in date order: what happened (never what was planned or denied), merged across
 * documents, each stop with its evidence.
 *
 * @param who   the person's canonical name
 * @param stops in date order; stops without a date last
 */
public record Itinerary(String who, List<Stop> stops) {
    public Itinerary {
        Objects.requireNonNull(who, "who");
        stops = List.copyOf(stops);
    }

    /**
     * One place on one day.
     *
     * @param date        the day, or null when the text gives none
     * @param place       the place's name as the text writes it
     * @param gazetteerId the place's gazetteer id ("geonames:2013348"), or null
     * @param with        the names of the people and organisations met there
     * @param evidence    the sentence that says so (the first one found)
     * @param sources     the names of the sources the claim is attributed to
     * @param documents   the sources (file, URL) of the documents that support the stop
     */
    public record Stop(LocalDate date, String place, double lat, double lon, String gazetteerId, List<String> with,
                       String evidence, List<String> sources, List<String> documents) {
        public Stop {
            Objects.requireNonNull(place, "place");
            with = List.copyOf(with);
            sources = List.copyOf(sources);
            documents = List.copyOf(documents);
        }

        /** Regions and countries summarise a trip; cities and facilities are where it went. */
        boolean coarse() {
            return PlacePrecision.isCoarse(gazetteerId);
        }

        String key() {
            return gazetteerId != null ? gazetteerId : place.toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The event types that put the person at the event's place. */
    private static final Set<EventType> PRESENCE = Set.of(EventType.VISIT, EventType.ARRIVE, EventType.DEPART,
            EventType.MEET, EventType.TALKS, EventType.INSPECT, EventType.SIGN, EventType.AGREE);

    /**
     * Whether an event at a known place is a stop: it put someone there and it happened — never what was planned,
     * expected or denied. The one rule for every itinerary, wherever its events come from.
     */
    public static boolean isStop(EventType type, Event.Polarity polarity, Event.Status status) {
        return PRESENCE.contains(type) && polarity == Event.Polarity.POSITIVE && status != Event.Status.PLANNED;
    }

    /**
     * Merges candidate stops (in document order, one per supporting event) into an itinerary: the same place on the
     * same day once, with every supporting document; an undated stop folded into a dated stop at the same place;
     * a region or country dropped on a day that has a more precise stop, and dropped undated when any stop is dated.
     */
    public static Itinerary merge(String who, List<Stop> candidates) {
        Map<String, Stop> byDayAndPlace = new LinkedHashMap<>();
        for (Stop s : candidates) {
            byDayAndPlace.merge(s.date() + "|" + s.key(), s, Itinerary::combine);
        }
        List<Stop> dated = new ArrayList<>();
        List<Stop> undated = new ArrayList<>();
        for (Stop s : byDayAndPlace.values()) {
            (s.date() == null ? undated : dated).add(s);
        }
        for (Stop u : undated.toArray(new Stop[0])) {
            for (int i = 0; i < dated.size(); i++) {
                if (dated.get(i).key().equals(u.key())) {
                    dated.set(i, combine(dated.get(i), u));
                    undated.remove(u);
                    break;
                }
            }
        }
        Set<LocalDate> preciseDays = new LinkedHashSet<>();
        for (Stop s : dated) {
            if (!s.coarse()) {
                preciseDays.add(s.date());
            }
        }
        dated.removeIf(s -> s.coarse() && preciseDays.contains(s.date()));
        if (!dated.isEmpty()) {
            undated.removeIf(Stop::coarse);
        }
        List<Stop> stops = new ArrayList<>(dated);
        stops.sort(Comparator.comparing(Stop::date));   // stable: same-day stops keep document order
        stops.addAll(undated);
        return new Itinerary(who, stops);
    }

    private static Stop combine(Stop a, Stop b) {
        return new Stop(a.date() != null ? a.date() : b.date(), a.place(), a.lat(), a.lon(), a.gazetteerId(),
                union(a.with(), b.with()), a.evidence(), union(a.sources(), b.sources()),
                union(a.documents(), b.documents()));
    }

    private static List<String> union(List<String> a, List<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
