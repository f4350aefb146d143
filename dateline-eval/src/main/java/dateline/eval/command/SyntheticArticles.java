package dateline.eval.command;

import dateline.article.Article;
import dateline.article.PublishedDate;
import dateline.event.Event;
import dateline.pipeline.Pipeline;
import dateline.reading.Attribution;
import dateline.reading.Entity;
import dateline.reading.Quote;
import dateline.reading.Reading;
import dateline.reading.Span;
import dateline.reading.Timex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Many distinct stored articles from a few real readings, for measuring a store at a size no corpus here reaches:
 * article {@code i} is the text of one real article followed by another's, with both readings joined (the second's
 * offsets shifted, its ids numbered on), dated on a day spread evenly over a year. Each ordered pair is used once, so no
 * two articles are the same; two that share one half are about a third alike, too little to be near copies, but
 * they share names, which is what grouping stories and entity queries work on.
 */
final class SyntheticArticles {
    private final List<Pipeline.Result> base;
    private final LocalDate first;
    private final int count;

    SyntheticArticles(List<Pipeline.Result> base, LocalDate first, int count) {
        if (base.size() < 2) {
            throw new IllegalArgumentException("need at least two articles to pair");
        }
        this.base = List.copyOf(base);
        this.first = first;
        this.count = count;
    }

    /** How many distinct articles the base can give: every ordered pair once. */
    static long capacity(int baseSize) {
        return (long) baseSize * (baseSize - 1);
    }

    /** Article {@code i}: the pair (a, a + k) for i = a + n·(k − 1), dated {@code i/count} of the way through a year. */
    Pipeline.Result get(int i) {
        int n = base.size();
        int a = i % n;
        int k = 1 + (i / n) % (n - 1);
        int b = (a + k) % n;
        LocalDate day = first.plusDays((long) i * 365 / Math.max(1, count));
        return join(base.get(a), base.get(b), "synthetic:" + i + ":" + a + "+" + b, day);
    }

    static Pipeline.Result join(Pipeline.Result x, Pipeline.Result y, String source, LocalDate day) {
        Article ax = x.reading().article();
        String text = ax.text() + "\n\n" + y.reading().article().text();
        int shift = ax.text().length() + 2;
        Article article = new Article(source, ax.title(), PublishedDate.ofDate(day, "given"), null, ax.section(),
                ax.authors(), ax.language(), null, ax.lead(), text, List.of());
        Reading rx = x.reading();
        Reading ry = y.reading();
        List<Entity> entities = new ArrayList<>(rx.entities());
        for (Entity e : ry.entities()) {
            entities.add(new Entity(id(e.id()), e.name(), e.type(), e.aliases(), shifted(e.mentions(), shift), e.geo(),
                    shifted(e.asOrganization(), shift)));
        }
        List<Timex> times = new ArrayList<>(rx.times());
        for (Timex t : ry.times()) {
            times.add(new Timex(t.start() + shift, t.end() + shift, t.text(), t.type(), t.value()));
        }
        List<Quote> quotes = new ArrayList<>(rx.quotes());
        for (Quote q : ry.quotes()) {
            quotes.add(new Quote(q.start() + shift, q.end() + shift, q.text(), id(q.speaker())));
        }
        List<Attribution> attributions = new ArrayList<>(rx.attributions());
        for (Attribution a : ry.attributions()) {
            attributions.add(new Attribution(a.start() + shift, a.end() + shift, a.text(), ids(a.sources())));
        }
        List<Event> events = new ArrayList<>(x.events());
        for (Event e : y.events()) {
            events.add(new Event(id(e.id()), e.type(), e.start() + shift, e.end() + shift, e.text(), id(e.agent()),
                    ids(e.with()), id(e.place()), e.time(), e.timePrecision(), ids(e.sources()), e.polarity(),
                    e.status()));
        }
        return new Pipeline.Result(new Reading(article, List.of(), entities, times, quotes, attributions), events);
    }

    /** Ids of the second reading: kept apart from the first's, in the same form ("e3" → "e100003"). */
    private static final int SECOND = 100_000;

    private static String id(String id) {
        return id == null ? null : id.charAt(0) + String.valueOf(Integer.parseInt(id.substring(1)) + SECOND);
    }

    private static List<String> ids(List<String> ids) {
        return ids.stream().map(SyntheticArticles::id).toList();
    }

    private static List<Span> shifted(List<Span> spans, int shift) {
        return spans.stream().map(s -> new Span(s.start() + shift, s.end() + shift)).toList();
    }
}
