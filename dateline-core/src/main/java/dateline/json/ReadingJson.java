package dateline.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dateline.event.Event;
import dateline.pipeline.Pipeline;
import dateline.reading.Attribution;
import dateline.reading.Entity;
import dateline.reading.Quote;
import dateline.reading.Reading;
import dateline.reading.Span;
import dateline.reading.Timex;

import java.util.List;
import java.util.Locale;

/** The {@code read} output contract: the extract object plus entities, times, quotes and attributions. */
public final class ReadingJson {
    private ReadingJson() {
    }

    /** One line of {@code read --format json}: the reading and its events. */
    public static String line(Pipeline.Result r) {
        return Json.line(document(r.reading()).set("events", events(r.events())));
    }

    public static ObjectNode document(Reading r) {
        ObjectNode doc = ArticleJson.document(r.article());
        ArrayNode entities = doc.putArray("entities");
        for (Entity e : r.entities()) {
            ObjectNode o = entities.addObject();
            o.put("id", e.id());
            o.put("name", e.name());
            o.put("type", e.type().name());
            o.set("aliases", Json.strings(e.aliases()));
            ArrayNode mentions = o.putArray("mentions");
            for (Span m : e.mentions()) {
                mentions.addArray().add(m.start()).add(m.end());
            }
            if (!e.asOrganization().isEmpty()) {
                ArrayNode acting = o.putArray("as_organization");
                for (Span m : e.asOrganization()) {
                    acting.addArray().add(m.start()).add(m.end());
                }
            }
            if (e.geo() != null) {
                o.put("lat", e.geo().lat());
                o.put("lon", e.geo().lon());
                o.put("gazetteer_id", e.geo().gazetteerId());
                if (e.geo().within() != null) {
                    o.put("within", e.geo().within());
                }
            }
        }
        ArrayNode times = doc.putArray("times");
        for (Timex t : r.times()) {
            times.addObject().put("start", t.start()).put("end", t.end()).put("text", t.text())
                    .put("type", t.type().name()).put("value", t.value());
        }
        ArrayNode quotes = doc.putArray("quotes");
        for (Quote q : r.quotes()) {
            quotes.addObject().put("start", q.start()).put("end", q.end()).put("text", q.text())
                    .put("speaker", q.speaker());
        }
        ArrayNode attributions = doc.putArray("attributions");
        for (Attribution a : r.attributions()) {
            ObjectNode o = attributions.addObject().put("start", a.start()).put("end", a.end()).put("text", a.text());
            o.set("sources", Json.strings(a.sources()));
        }
        if (r.unreadFrom() >= 0) {
            doc.put("unread_from", r.unreadFrom()); // only on texts too long to read whole
        }
        return doc;
    }

    /** {@code [{"id": "v1", "type": "VISIT", "cameo": "04", "start": 0, …}]}, entity references as ids. */
    public static ArrayNode events(List<Event> events) {
        ArrayNode array = Json.array();
        for (Event e : events) {
            ObjectNode o = array.addObject();
            o.put("id", e.id());
            o.put("type", e.type().name());
            o.put("cameo", e.type().cameo());
            o.put("start", e.start());
            o.put("end", e.end());
            o.put("text", e.text());
            o.put("agent", e.agent());
            o.set("with", Json.strings(e.with()));
            o.put("place", e.place());
            o.put("time", e.time());
            o.put("time_precision", e.timePrecision() == null ? null : e.timePrecision().code());
            o.set("sources", Json.strings(e.sources()));
            polarityAndStatus(o, e.polarity(), e.status());
        }
        return array;
    }

    /**
     * {@code "polarity": "positive|negative", "status": "happened|planned|reported"}: how every event of the contract
     * (read, stored) says whether it happened, in lower case.
     */
    public static ObjectNode polarityAndStatus(ObjectNode o, Event.Polarity polarity, Event.Status status) {
        return o.put("polarity", polarity.name().toLowerCase(Locale.ROOT))
                .put("status", status.name().toLowerCase(Locale.ROOT));
    }
}
