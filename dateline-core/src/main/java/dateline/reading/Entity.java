package dateline.reading;

import java.util.List;
import java.util.Objects;

/**
 * One named thing, however the text refers to it.
 *
 * @param id             document-local id ("e1")
 * @param name           the fullest name the text uses ("Kim Jong Un")
 * @param type           its kind
 * @param aliases        every other way the text refers to it, role phrases included ("Kim", "North Korean leader")
 * @param mentions       every mention's span, pronouns included, in text order
 * @param geo            coordinates for places, or null
 * @param asOrganization the mentions of a place that stand for its state or government rather than its ground: "The
 *                       UK stands by Iraq" (ACE's GPE acting as an organisation); a subset of {@code mentions}
 */
public record Entity(String id, String name, EntityType type, List<String> aliases, List<Span> mentions, Geo geo,
                     List<Span> asOrganization) {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
        asOrganization = List.copyOf(asOrganization);
    }

    /** An entity none of whose mentions stands for a state or government. */
    public Entity(String id, String name, EntityType type, List<String> aliases, List<Span> mentions, Geo geo) {
        this(id, name, type, aliases, mentions, geo, List.of());
    }

    /** Whether the name is only an office, for a holder the text never names: "the Foreign Secretary". */
    public boolean namedByTitle() {
        return type == EntityType.PERSON && Titles.standard().isTitle(name);
    }

    /** The same entity placed on the map. */
    public Entity withGeo(Geo where) {
        return new Entity(id, name, type, aliases, mentions, where, asOrganization);
    }
}
