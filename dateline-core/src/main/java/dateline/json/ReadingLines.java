package dateline.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dateline.article.Article;
import dateline.article.Image;
import dateline.article.PublishedDate;
import dateline.event.Event;
import dateline.event.EventType;
import dateline.event.Precision;
import dateline.pipeline.Pipeline;
import dateline.reading.Attribution;
import dateline.reading.Entity;
import dateline.reading.EntityType;
import dateline.reading.Geo;
import dateline.reading.Quote;
import dateline.reading.Reading;
import dateline.reading.Span;
import dateline.reading.Timex;
import dateline.reading.TimexType;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Reads back what {@link ReadingJson#line} writes, so that readings made elsewhere (a Spark job, {@code read --format
 * json}) can be stored without reading the articles again. Sentences and tokens are not in the contract and come back
 * empty: the store does not keep them. A line that is not such a reading fails with an {@link
 * IllegalArgumentException} saying what is wrong.
 */
public final class ReadingLines {
    private ReadingLines() {
    }

    public static Pipeline.Result parse(String line) {
        JsonNode doc;
        try {
            doc = Json.READER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
        if (doc == null || !doc.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        try {
            Article article = article(text(doc, "source"), required(doc, "article"));
            Reading reading = new Reading(article, List.of(), list(doc, "entities", ReadingLines::entity),
                    list(doc, "times", ReadingLines::timex), list(doc, "quotes", ReadingLines::quote),
                    list(doc, "attributions", ReadingLines::attribution), doc.path("unread_from").asInt(-1));
            return new Pipeline.Result(reading, list(doc, "events", ReadingLines::event));
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("not a reading: " + e.getMessage());
        }
    }

    private static Article article(String source, JsonNode a) {
        List<Image> images = list(a, "images", i -> new Image(optional(i, "caption"), optional(i, "credit")));
        return new Article(source, optional(a, "title"), date(optional(a, "published"), optional(a, "published_from")),
                date(optional(a, "modified"), null), optional(a, "section"), strings(a, "authors"),
                text(a, "language"), optional(a, "url"), optional(a, "lead"), text(a, "text"), images);
    }

    /** A date as {@link PublishedDate#iso()} writes it: a day, a day and time, or a day, time and offset. */
    static PublishedDate date(String iso, String from) {
        if (iso == null) {
            return null;
        }
        String source = from == null ? "given" : from;
        if (iso.length() == 10) {
            return PublishedDate.ofDate(LocalDate.parse(iso), source);
        }
        String clock = iso.substring(11);
        if (clock.length() > 8) {
            OffsetDateTime t = OffsetDateTime.parse(iso);
            return new PublishedDate(t.toLocalDate(), t.toLocalTime(), t.getOffset(), source);
        }
        return new PublishedDate(LocalDate.parse(iso.substring(0, 10)), LocalTime.parse(clock), null, source);
    }

    private static Entity entity(JsonNode e) {
        JsonNode lat = e.get("lat");
        Geo geo = lat == null || lat.isNull() ? null
                : new Geo(lat.asDouble(), required(e, "lon").asDouble(), optional(e, "gazetteer_id"),
                        optional(e, "within"));
        return new Entity(text(e, "id"), text(e, "name"), constant(EntityType.class, text(e, "type")),
                strings(e, "aliases"), list(e, "mentions", ReadingLines::span), geo,
                list(e, "as_organization", ReadingLines::span));
    }

    private static Span span(JsonNode pair) {
        if (!pair.isArray() || pair.size() != 2) {
            throw new IllegalArgumentException("a span is [start, end], not " + pair);
        }
        return new Span(pair.get(0).asInt(), pair.get(1).asInt());
    }

    private static Timex timex(JsonNode t) {
        return new Timex(t.path("start").asInt(), t.path("end").asInt(), text(t, "text"),
                constant(TimexType.class, text(t, "type")), optional(t, "value"));
    }

    private static Quote quote(JsonNode q) {
        return new Quote(q.path("start").asInt(), q.path("end").asInt(), text(q, "text"), optional(q, "speaker"));
    }

    private static Attribution attribution(JsonNode a) {
        return new Attribution(a.path("start").asInt(), a.path("end").asInt(), text(a, "text"), strings(a, "sources"));
    }

    private static Event event(JsonNode e) {
        return new Event(text(e, "id"), constant(EventType.class, text(e, "type")), e.path("start").asInt(),
                e.path("end").asInt(), optional(e, "text"), optional(e, "agent"), strings(e, "with"),
                optional(e, "place"), optional(e, "time"), Precision.of(optional(e, "time_precision")),
                strings(e, "sources"), constant(Event.Polarity.class, text(e, "polarity")),
                constant(Event.Status.class, text(e, "status")));
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown " + type.getSimpleName() + " " + name);
        }
    }

    private static <T> List<T> list(JsonNode parent, String field, Function<JsonNode, T> item) {
        JsonNode array = parent.get(field);
        if (array == null || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new IllegalArgumentException("\"" + field + "\" is not a list");
        }
        List<T> out = new ArrayList<>(array.size());
        array.forEach(node -> out.add(item.apply(node)));
        return out;
    }

    private static List<String> strings(JsonNode parent, String field) {
        return list(parent, field, JsonNode::asText);
    }

    private static JsonNode required(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            throw new IllegalArgumentException("no \"" + field + "\"");
        }
        return node;
    }

    private static String text(JsonNode parent, String field) {
        JsonNode node = required(parent, field);
        if (!node.isTextual()) {
            throw new IllegalArgumentException("\"" + field + "\" is not a string");
        }
        return node.asText();
    }

    private static String optional(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }
}
