package dateline.store;

import java.util.List;

/**
 * One stored article as a reader sees it: its text, the names in it with their mentions, and its events.
 *
 * @param document  the source it was read from
 * @param copyOf    the source of the stored article this one is a near copy of, or null
 * @param entities  its entities, in the order of the reading
 * @param events    its events, in text order
 */
public record StoredArticle(String document, String title, String published, String url, String text, String copyOf,
                            List<Entity> entities, List<StoredEvent> events) {
    public StoredArticle {
        entities = List.copyOf(entities);
        events = List.copyOf(events);
    }

    /**
     * An entity of the article, with its mentions as [start, end) offsets into {@code text}.
     *
     * @param lat null unless the entity was placed on the map
     */
    public record Entity(String id, String name, String type, List<String> aliases, List<int[]> mentions, Double lat,
                         Double lon) {
        public Entity {
            aliases = List.copyOf(aliases);
            mentions = List.copyOf(mentions);
        }
    }
}
