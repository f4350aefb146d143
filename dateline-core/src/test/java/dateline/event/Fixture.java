package dateline.event;

import dateline.article.Article;
import dateline.article.PublishedDate;
import dateline.reading.Attribution;
import dateline.reading.Dependency;
import dateline.reading.Entity;
import dateline.reading.EntityType;
import dateline.reading.Geo;
import dateline.reading.Reading;
import dateline.reading.Quote;
import dateline.reading.Sentence;
import dateline.reading.Span;
import dateline.reading.Timex;
import dateline.reading.TimexType;
import dateline.reading.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-parsed text for event tests: each sentence is written as tokens {@code word/lemma/POS/head:relation} (heads
 * are 0-based token positions, -1 for the root), the way the reading stage's UD parser gives them.
 */
final class Fixture {
    private final StringBuilder text = new StringBuilder();
    private final List<Sentence> sentences = new ArrayList<>();
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final List<Timex> times = new ArrayList<>();
    private final List<Attribution> attributions = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();

    Fixture sentence(String parsed) {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            text.append(' ');
        }
        List<Token> tokens = new ArrayList<>();
        List<Dependency> deps = new ArrayList<>();
        String[] items = parsed.trim().split("\\s+");
        for (int i = 0; i < items.length; i++) {
            String[] f = items[i].split("/");
            if (i > 0 && !f[0].matches("[.,;:!?]|'s|n't")) {
                text.append(' ');
            }
            int start = text.length();
            text.append(f[0]);
            tokens.add(new Token(start, text.length(), f[0], f[1], f[2], "O"));
            String[] arc = f[3].split(":", 2);
            deps.add(new Dependency(Integer.parseInt(arc[0]), i, arc[1]));
        }
        sentences.add(new Sentence(tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens, deps));
        return this;
    }

    Fixture paragraph() {
        text.append("\n\n");
        return this;
    }

    /** An entity mentioned by each of these surface strings, wherever they occur in the text so far. */
    Fixture entity(String id, String name, EntityType type, Geo geo, String... surfaces) {
        List<Span> spans = new ArrayList<>();
        for (String s : surfaces) {
            for (int at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
                boolean wordStart = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
                int end = at + s.length();
                boolean wordEnd = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
                if (wordStart && wordEnd) {
                    spans.add(new Span(at, end));
                }
            }
        }
        spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
        entities.put(id, new Entity(id, name, type, List.of(surfaces), spans, geo));
        return this;
    }

    Fixture time(String surface, String value) {
        int at = text.indexOf(surface);
        times.add(new Timex(at, at + surface.length(), surface, TimexType.DATE, value));
        return this;
    }

    Fixture attribution(String claim, String... sources) {
        int at = text.indexOf(claim);
        attributions.add(new Attribution(at, at + claim.length(), claim, List.of(sources)));
        return this;
    }

    /** A quote of these words (without their marks) and its speaker. */
    Fixture quote(String words, String speaker) {
        int at = text.indexOf(words);
        quotes.add(new Quote(at, at + words.length(), words, speaker));
        return this;
    }

    Reading reading(LocalDate published) {
        Article article = new Article("fixture", null, PublishedDate.ofDate(published, "test"), null, null, List.of(),
                "en", null, null, text.toString(), List.of());
        return new Reading(article, sentences, List.copyOf(entities.values()), times, quotes, attributions);
    }

    static Geo geo(double lat, double lon) {
        return new Geo(lat, lon, "test:" + lat + "," + lon);
    }
}
