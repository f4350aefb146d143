package dateline.store;

import dateline.article.Article;
import dateline.article.PublishedDate;
import dateline.event.Event;
import dateline.event.EventType;
import dateline.event.Precision;
import dateline.reading.Entity;
import dateline.reading.EntityType;
import dateline.reading.Reading;
import dateline.reading.Span;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A child process for {@link StoreCrashTest}: stores articles 0, 1, 2, … up to a limit into a store, printing each
 * number once it is stored, so that the test can kill it at an arbitrary moment.
 */
public final class IngestLoop {
    public static void main(String[] args) {
        int limit = Integer.parseInt(args[1]);
        try (Store store = Store.open(Path.of(args[0]))) {
            for (int i = 0; i < limit; i++) {
                Reading r = article(i);
                store.put(r, events(r));
                System.out.println("stored " + i);
                System.out.flush();
            }
        }
    }

    /** Article i names a unique word ("marker17") and one person, who visits a place. */
    static Reading article(int i) {
        String text = "Delegate Ana Lopez visited Porto on Monday. Report marker" + i + " follows with details.";
        Article a = new Article("page-" + i + ".html", "Report " + i, PublishedDate.ofDate(LocalDate.of(2024, 1, 2), "test"),
                null, null, List.of(), "en", null, null, text, List.of());
        List<Entity> entities = List.of(
                new Entity("e1", "Ana Lopez", EntityType.PERSON, List.of("Lopez"), List.of(new Span(9, 18)), null),
                new Entity("e2", "Porto", EntityType.LOCATION, List.of(), List.of(new Span(27, 32)), null));
        return new Reading(a, List.of(), entities, List.of(), List.of(), List.of());
    }

    static List<Event> events(Reading r) {
        return List.of(new Event("v1", EventType.VISIT, 0, 43, r.article().text().substring(0, 43), "e1", List.of(),
                "e2", "2024-01-01", Precision.DAY, List.of(), Event.Polarity.POSITIVE, Event.Status.HAPPENED));
    }
}
