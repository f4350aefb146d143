package dateline.store;

import java.util.List;

/**
 * The articles about one happening, with their near copies: what {@code dateline stories} lists and {@code dateline
 * story ID} shows.
 *
 * @param id        the story's id (that of its first stored article)
 * @param title     the title of its earliest original article
 * @param from      the first publication day of its articles, or null when none is dated
 * @param to        the last one
 * @param articles  its articles, copies not counted
 * @param copies    its near copies
 * @param outlets   the web hosts that published it, with how many articles (copies included: each is an outlet's)
 * @param entities  the people and organisations it names most, with their mentions (copies left out)
 * @param places    the places it names most, likewise
 * @param members   its articles in time order, copies marked; empty in a list of stories
 * @param events    the events of its articles, copies' left out (the same events again); empty in a list
 */
public record Story(long id, String title, String from, String to, int articles, int copies,
                    List<EntityProfile.Count> outlets, List<EntityProfile.Count> entities,
                    List<EntityProfile.Count> places, List<Member> members, List<StoredEvent> events) {
    public Story {
        outlets = List.copyOf(outlets);
        entities = List.copyOf(entities);
        places = List.copyOf(places);
        members = List.copyOf(members);
        events = List.copyOf(events);
    }

    /** One article of a story. {@code copyOf} is the document it is a near copy of, or null. */
    public record Member(String document, String title, String published, String url, String copyOf) {
    }
}
