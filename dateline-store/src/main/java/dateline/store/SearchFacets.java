package dateline.store;

import java.util.List;

/**
 * What the articles a search matches are about: for each kind of value, the values they have most, each with how
 * many of those articles have it (near copies included, as in {@link SearchResult#total()}).
 *
 * @param entities people and organisations, by the name each article gives them
 * @param types    the types of the events they report
 * @param places   places and facilities
 * @param outlets  the web hosts that published them
 * @param months   every month they were published in ({@code 2023-09}), in date order
 */
public record SearchFacets(int total, List<EntityProfile.Count> entities,
                           List<EntityProfile.Count> types, List<EntityProfile.Count> places,
                           List<EntityProfile.Count> outlets, List<EntityProfile.Count> months) {
    public SearchFacets {
        entities = List.copyOf(entities);
        types = List.copyOf(types);
        places = List.copyOf(places);
        outlets = List.copyOf(outlets);
        months = List.copyOf(months);
    }
}
