package dateline.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dateline.event.Event;
import dateline.event.Itinerary;
import dateline.event.PlacePrecision;
import dateline.event.Precision;
import dateline.json.Json;
import dateline.json.ReadingJson;

import java.util.List;

/**
 * The JSON contract of the store's answers, one writer for the command line ({@code --format json} and
 * {@code geojson}) and the web API alike: stored events ({@code events}, {@code timeline}), itineraries, search hits
 * and stored articles, and GeoJSON for maps. Field names are snake_case and the event's polarity and status lower
 * case, as in {@code read --format json}. The web API's OpenAPI description ({@code /openapi.json}, in dateline-web)
 * writes these shapes down as schemas, and its test checks the answers against them: a change here is a change there.
 */
public final class StoreJson {
    private StoreJson() {
    }

    /**
     * {@code {"type", "cameo", "time", "time_precision", "agent", "with", "place", "place_precision", "lat", "lon",
     * "sources", "polarity": "positive|negative", "status": "happened|planned|reported", "text", "document", "title"}}: a
     * stored event, names in place of ids.
     */
    public static ObjectNode event(StoredEvent e) {
        ObjectNode o = Json.object();
        o.put("type", e.type().name());
        o.put("cameo", e.type().cameo());
        o.put("time", e.time());
        o.put("time_precision", e.timePrecision() == null ? null : e.timePrecision().code());
        o.put("agent", e.agent());
        o.set("with", Json.strings(e.with()));
        o.put("place", e.place());
        o.put("place_precision", placePrecision(e.gazetteerId()));
        o.put("lat", e.lat());
        o.put("lon", e.lon());
        o.set("sources", Json.strings(e.sources()));
        ReadingJson.polarityAndStatus(o, e.polarity(), e.status());
        o.put("text", e.text());
        o.put("document", e.document());
        o.put("title", e.title());
        return o;
    }

    /** The events as an array, in their order. */
    public static ArrayNode events(List<StoredEvent> events) {
        ArrayNode array = Json.array();
        events.forEach(e -> array.add(event(e)));
        return array;
    }

    /** {@code {"document", "title", "published", "score", "snippet", "copy_of"}}: one full-text hit. */
    public static ObjectNode hit(SearchHit h) {
        return Json.object().put("document", h.document()).put("title", h.title()).put("published", h.published())
                .put("score", h.score()).put("snippet", h.snippet()).put("copy_of", h.copyOf());
    }

    /** The hits as an array, best first. */
    public static ArrayNode hits(List<SearchHit> hits) {
        ArrayNode array = Json.array();
        hits.forEach(h -> array.add(hit(h)));
        return array;
    }

    /**
     * {@code {"total", "entities", "types", "places", "outlets", "months"}}, each list of {@code [{"value",
     * "articles"}]}: a search's facets, the values the matching articles have most and how many have each.
     */
    public static ObjectNode facets(SearchFacets f) {
        ObjectNode o = Json.object().put("total", f.total());
        o.set("entities", counts(f.entities(), "value", "articles"));
        o.set("types", counts(f.types(), "value", "articles"));
        o.set("places", counts(f.places(), "value", "articles"));
        o.set("outlets", counts(f.outlets(), "value", "articles"));
        o.set("months", counts(f.months(), "value", "articles"));
        return o;
    }

    /**
     * Longest text an answer carries: twice what reading reads of an article, so every mention falls inside, while a
     * 16 MB page does not make a 16 MB answer.
     */
    public static final int MAX_TEXT_CHARS = 200_000;

    /**
     * {@code {"document", "title", "published", "url", "text", "text_truncated", "copy_of", "entities": [{"id",
     * "name", "type", "aliases", "mentions": [[start, end]], "lat", "lon"}], "events": [...]}}: a stored article, its
     * text up to {@link #MAX_TEXT_CHARS} characters, its events as {@link #event} writes them.
     */
    public static ObjectNode article(StoredArticle a) {
        ObjectNode o = Json.object();
        o.put("document", a.document());
        o.put("title", a.title());
        o.put("published", a.published());
        o.put("url", a.url());
        String text = a.text();
        boolean cut = text.length() > MAX_TEXT_CHARS;
        int end = cut && Character.isHighSurrogate(text.charAt(MAX_TEXT_CHARS - 1)) ? MAX_TEXT_CHARS - 1 : MAX_TEXT_CHARS;
        o.put("text", cut ? text.substring(0, end) : text);
        o.put("text_truncated", cut);
        o.put("copy_of", a.copyOf());
        ArrayNode entities = o.putArray("entities");
        for (StoredArticle.Entity e : a.entities()) {
            ObjectNode entity = entities.addObject();
            entity.put("id", e.id());
            entity.put("name", e.name());
            entity.put("type", e.type());
            entity.set("aliases", Json.strings(e.aliases()));
            ArrayNode mentions = entity.putArray("mentions");
            for (int[] m : e.mentions()) {
                mentions.addArray().add(m[0]).add(m[1]);
            }
            entity.put("lat", e.lat());
            entity.put("lon", e.lon());
        }
        o.set("events", events(a.events()));
        return o;
    }

    /**
     * {@code {"who": …, "stops": [{"date", "date_precision", "place", "place_precision", "lat", "lon", "gazetteer_id",
     * "with", "evidence", "sources", "documents"}]}}; a precision is null when unknown.
     */
    public static ObjectNode itinerary(Itinerary it) {
        ObjectNode o = Json.object();
        o.put("who", it.who());
        ArrayNode stops = o.putArray("stops");
        for (Itinerary.Stop s : it.stops()) {
            ObjectNode stop = stops.addObject();
            stop.put("date", s.date() == null ? null : s.date().toString());
            stop.put("date_precision", s.date() == null ? null : Precision.DAY.code());
            stop.put("place", s.place());
            stop.put("place_precision", placePrecision(s.gazetteerId()));
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

    /**
     * {@code {"name", "type", "articles", "copies", "mentions", "names": [{"name", "mentions"}], "gazetteer_id", "lat",
     * "lon", "by_period": [{"period", "articles", "mentions"}], "together": [{"name", "articles"}], "outlets":
     * [{"host", "articles"}], "cited_sources": [{"source", "events"}], "timeline": [...], "itinerary": {...}}}: one
     * entity across the store. Counts leave near copies out; {@code copies} says how many mention it too.
     */
    public static ObjectNode entity(EntityProfile p) {
        ObjectNode o = Json.object();
        o.put("name", p.name());
        o.put("type", p.type());
        o.put("articles", p.articles());
        o.put("copies", p.copies());
        o.put("mentions", p.mentions());
        o.set("names", counts(p.names(), "name", "mentions"));
        o.put("gazetteer_id", p.place() == null ? null : p.place().gazetteerId());
        o.put("lat", p.place() == null ? null : p.place().lat());
        o.put("lon", p.place() == null ? null : p.place().lon());
        ArrayNode periods = o.putArray("by_period");
        p.byPeriod().forEach(x -> periods.addObject().put("period", x.period()).put("articles", x.articles())
                .put("mentions", x.mentions()));
        o.set("together", counts(p.together(), "name", "articles"));
        o.set("outlets", counts(p.outlets(), "host", "articles"));
        o.set("cited_sources", counts(p.cited(), "source", "events"));
        o.set("timeline", events(p.timeline()));
        o.set("itinerary", itinerary(p.itinerary()));
        return o;
    }

    /**
     * {@code {"id", "title", "from", "to", "articles", "copies", "outlets": [{"host", "articles"}], "entities":
     * [{"name", "mentions"}], "places": [{"name", "mentions"}]}}, and for one story shown whole {@code "members":
     * [{"document", "title", "published", "url", "copy_of"}]} and {@code "events"}.
     */
    public static ObjectNode story(Story st, boolean whole) {
        ObjectNode o = Json.object();
        o.put("id", st.id());
        o.put("title", st.title());
        o.put("from", st.from());
        o.put("to", st.to());
        o.put("articles", st.articles());
        o.put("copies", st.copies());
        o.set("outlets", counts(st.outlets(), "host", "articles"));
        o.set("entities", counts(st.entities(), "name", "mentions"));
        o.set("places", counts(st.places(), "name", "mentions"));
        if (whole) {
            ArrayNode members = o.putArray("members");
            st.members().forEach(m -> members.addObject().put("document", m.document()).put("title", m.title())
                    .put("published", m.published()).put("url", m.url()).put("copy_of", m.copyOf()));
            o.set("events", events(st.events()));
        }
        return o;
    }

    private static ArrayNode counts(List<EntityProfile.Count> counts, String value, String count) {
        ArrayNode array = Json.array();
        counts.forEach(c -> array.addObject().put(value, c.value()).put(count, c.count()));
        return array;
    }

    /** The itinerary as a GeoJSON FeatureCollection: a point per stop, and the route as a line. */
    public static ObjectNode itineraryGeoJson(Itinerary it) {
        ObjectNode fc = featureCollection();
        ArrayNode features = (ArrayNode) fc.get("features");
        ArrayNode line = Json.array();
        int n = 0;
        for (Itinerary.Stop s : it.stops()) {
            ObjectNode props = Json.object();
            props.put("order", ++n);
            props.put("who", it.who());
            props.put("date", s.date() == null ? null : s.date().toString());
            props.put("date_precision", s.date() == null ? null : Precision.DAY.code());
            props.put("place", s.place());
            props.put("place_precision", placePrecision(s.gazetteerId()));
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
    public static ObjectNode eventsGeoJson(List<StoredEvent> events) {
        ObjectNode fc = featureCollection();
        ArrayNode features = (ArrayNode) fc.get("features");
        for (StoredEvent e : events) {
            if (e.lat() != null) {
                features.add(point(e.lat(), e.lon(), event(e)));
            }
        }
        return fc;
    }

    /** "facility", "city", "region" or "country", as event datasets code where an event happened; null if unknown. */
    private static String placePrecision(String gazetteerId) {
        PlacePrecision p = PlacePrecision.of(gazetteerId);
        return p == null ? null : p.code();
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
