package dateline.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dateline.event.Event;
import dateline.event.Itinerary;
import dateline.json.Json;
import dateline.store.StoredEvent;

import java.util.List;
import java.util.Locale;

/**
 * The event output contracts: the {@code "events"} array of {@code read}, stored events for {@code events} and
 * {@code timeline}, itineraries, and GeoJSON for maps.
 */
final class EventJson {
    private EventJson() {
    }

    /** A stored event, names in place of ids. */
    static ObjectNode stored(StoredEvent e) {
        ObjectNode o = Json.object();
        o.put("type", e.type().name());
        o.put("cameo", e.type().cameo());
        o.put("time", e.time());
        o.put("time_precision", e.timePrecision());
        o.put("agent", e.agent());
        o.set("with", Json.strings(e.with()));
        o.put("place", e.place());
        o.put("lat", e.lat());
        o.put("lon", e.lon());
        o.set("sources", Json.strings(e.sources()));
        o.put("polarity", e.polarity().name().toLowerCase(Locale.ROOT));
        o.put("status", e.status().name().toLowerCase(Locale.ROOT));
        o.put("text", e.text());
        o.put("document", e.document());
        o.put("title", e.title());
        return o;
    }

    /** {@code {"who": …, "stops": [{"date", "place", "lat", "lon", "with", "evidence", "sources", "documents"}]}} */
    static ObjectNode itinerary(Itinerary it) {
        ObjectNode o = Json.object();
        o.put("who", it.who());
        ArrayNode stops = o.putArray("stops");
        for (Itinerary.Stop s : it.stops()) {
            ObjectNode stop = stops.addObject();
            stop.put("date", s.date() == null ? null : s.date().toString());
            stop.put("place", s.place());
            stop.put("lat", s.lat());
            stop.put("lon", s.lon());
            stop.put("gazetteer_id", s.gazetteerId());
            stop.set("with", Json.strings(s.with()));
            stop.put("evidence", s.evidence());
            stop.set("sources", Json.strings(s.sources()));
            stop.set("documents", Json.strings(s.documents()));
        }
        return o;
    }

    /** The itinerary as a GeoJSON FeatureCollection: a point per stop, and the route as a line. */
    static ObjectNode itineraryGeoJson(Itinerary it) {
        ObjectNode fc = featureCollection();
        ArrayNode features = (ArrayNode) fc.get("features");
        ArrayNode line = Json.MAPPER.createArrayNode();
        int n = 0;
        for (Itinerary.Stop s : it.stops()) {
            ObjectNode props = Json.object();
            props.put("order", ++n);
            props.put("who", it.who());
            props.put("date", s.date() == null ? null : s.date().toString());
            props.put("place", s.place());
            props.set("with", Json.strings(s.with()));
            props.put("evidence", s.evidence());
            props.set("sources", Json.strings(s.sources()));
            props.set("documents", Json.strings(s.documents()));
            features.add(point(s.lat(), s.lon(), props));
            line.addArray().add(s.lon()).add(s.lat());
        }
        if (line.size() > 1) {
            ObjectNode route = features.addObject();
            route.put("type", "Feature");
            ObjectNode geometry = route.putObject("geometry");
            geometry.put("type", "LineString");
            geometry.set("coordinates", line);
            route.putObject("properties").put("who", it.who()).put("route", true);
        }
        return fc;
    }

    /** Events with a geocoded place as GeoJSON points; the others are left out. */
    static ObjectNode eventsGeoJson(List<StoredEvent> events) {
        ObjectNode fc = featureCollection();
        ArrayNode features = (ArrayNode) fc.get("features");
        for (StoredEvent e : events) {
            if (e.lat() != null) {
                features.add(point(e.lat(), e.lon(), stored(e)));
            }
        }
        return fc;
    }

    private static ObjectNode featureCollection() {
        ObjectNode fc = Json.object();
        fc.put("type", "FeatureCollection");
        fc.putArray("features");
        return fc;
    }

    private static ObjectNode point(double lat, double lon, ObjectNode properties) {
        ObjectNode f = Json.object();
        f.put("type", "Feature");
        ObjectNode geometry = f.putObject("geometry");
        geometry.put("type", "Point");
        geometry.putArray("coordinates").add(lon).add(lat);
        f.set("properties", properties);
        return f;
    }
}
