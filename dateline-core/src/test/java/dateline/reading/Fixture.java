package dateline.reading;

import dateline.article.Article;
import dateline.article.PublishedDate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-parsed text, so that reading and event rules are tested without loading CoreNLP: each sentence is written as
 * tokens {@code word/lemma/POS/head:relation[/NER]} (heads are 0-based token positions, -1 for the root, {@code _} for
 * a token left out of the parse), the way CoreNLP's tagger and UD parser give them; the NER tag defaults to "O".
 */
public final class Fixture {
    private final StringBuilder text = new StringBuilder();
    private final List<Sentence> sentences = new ArrayList<>();
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final List<Timex> times = new ArrayList<>();
    private final List<Attribution> attributions = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();

    public Fixture sentence(String parsed) {
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
            tokens.add(new Token(start, text.length(), f[0], f[1], f[2], f.length > 4 ? f[4] : "O"));
            if (!f[3].equals("_")) {
                String[] arc = f[3].split(":", 2);
                deps.add(new Dependency(Integer.parseInt(arc[0]), i, arc[1]));
            }
        }
        sentences.add(new Sentence(tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens, deps));
        return this;
    }

    /**
     * A sentence of tagged, unparsed tokens {@code word/POS[/NER]}, for the name and coreference rules, which read
     * tags, not the parse; the lemma is the word in lower case.
     */
    public Fixture tagged(String tokens) {
        StringBuilder parsed = new StringBuilder();
        for (String item : tokens.trim().split("\\s+")) {
            String[] f = item.split("/");
            String ner = f.length > 2 ? "/" + f[2] : "";
            parsed.append(f[0]).append('/').append(f[0].toLowerCase(java.util.Locale.ROOT)).append('/').append(f[1])
                    .append("/_").append(ner).append(' ');
        }
        return sentence(parsed.toString());
    }

    public Fixture paragraph() {
        text.append("\n\n");
        return this;
    }

    /** An entity mentioned by each of these surface strings, wherever they occur in the text so far. */
    public Fixture entity(String id, String name, EntityType type, Geo geo, String... surfaces) {
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

    public Fixture time(String surface, String value) {
        int at = text.indexOf(surface);
        times.add(new Timex(at, at + surface.length(), surface, TimexType.DATE, value));
        return this;
    }

    public Fixture attribution(String claim, String... sources) {
        int at = text.indexOf(claim);
        attributions.add(new Attribution(at, at + claim.length(), claim, List.of(sources)));
        return this;
    }

    /** A quote of these words (without their marks) and its speaker. */
    public Fixture quote(String words, String speaker) {
        int at = text.indexOf(words);
        quotes.add(new Quote(at, at + words.length(), words, speaker));
        return this;
    }

    /** The text so far, as the article's text. */
    public String text() {
        return text.toString();
    }

    public Reading reading(LocalDate published) {
        Article article = new Article("fixture", null, PublishedDate.ofDate(published, "test"), null, null, List.of(),
                "en", null, null, text.toString(), List.of());
        return new Reading(article, sentences, List.copyOf(entities.values()), times, quotes, attributions);
    }

    public static Geo geo(double lat, double lon) {
        return new Geo(lat, lon, "test:" + lat + "," + lon);
    }
}
