package dateline.reading;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds direct quotes and their speakers by news conventions: '"…," Peskov told journalists', '"…," the spokesman
 * pointed out', 'X said: "…"'. The speaker is an entity of any mention kind (name, role phrase, pronoun), so this stage
 * runs after coreference. Short quoted phrases (scare quotes, titles) are not quotes.
 */
final class QuoteAttributor {
    private static final int MIN_WORDS = 4;
    private static final Set<String> OPENING = Lexicon.standard().words("opening");

    Reading attribute(Reading r) {
        String text = r.article().text();
        Tokens tokens = new Tokens(r);
        MentionIndex mentions = new MentionIndex(r);
        Set<String> people = new HashSet<>();
        r.entities().stream().filter(e -> e.type() == EntityType.PERSON).forEach(e -> people.add(e.id()));
        List<Quote> out = new ArrayList<>();
        for (Marks q : quoteSpans(text)) {
            String inside = text.substring(q.innerStart(), q.innerEnd());
            if (inside.strip().split("\\s+").length < MIN_WORDS) {
                continue;
            }
            String speaker = after(tokens, mentions, people, q.end());
            if (speaker == null) {
                speaker = before(tokens, mentions, people, q.start());
            }
            if (speaker == null && !out.isEmpty() && out.get(out.size() - 1).speaker() != null
                    && text.substring(out.get(out.size() - 1).end(), q.start()).indexOf("\n\n") < 0) {
                speaker = out.get(out.size() - 1).speaker(); // a quote goes on in the same paragraph
            }
            out.add(new Quote(q.innerStart(), q.innerEnd(), inside, speaker));
        }
        return r.withQuotes(out);
    }

    /** A quoted stretch: [start, end) with its marks, [innerStart, innerEnd) without them. */
    record Marks(int start, int end, int innerStart, int innerEnd) {
    }

    /**
     * Quoted stretches paired within paragraphs: straight quotes alternate, curly ones and the typewriter pairs of
     * wire copy (``…'') nest once.
     */
    static List<Marks> quoteSpans(String text) {
        List<Marks> out = new ArrayList<>();
        int open = -1, openWidth = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ticks = text.startsWith("``", i), apostrophes = text.startsWith("''", i);
            if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                open = -1; // quotes do not run over paragraphs here (a new paragraph reopens them in print)
            } else if (c == '\u201C' || ticks || c == '"' && open < 0) {
                open = i;
                openWidth = ticks ? 2 : 1;
                i += openWidth - 1;
            } else if ((c == '\u201D' || c == '"' || apostrophes) && open >= 0) {
                int end = i + (apostrophes ? 2 : 1);
                out.add(new Marks(open, end, open + openWidth, i));
                open = -1;
                i = end - 1;
            }
        }
        return out;
    }

    /** Most words between a quote and the speech verb after it, or between the verb and the speaker it names. */
    private static final int PHRASE_WORDS = 14;

    /**
     * '"…," Peskov told', '"…," said the spokesman', '"…," the ministry's spokesman, Ana Lopes, wrote': a speech verb
     * close after the quote, and the speaker's noun phrase between them or after the verb.
     */
    private static String after(Tokens tokens, MentionIndex mentions, Set<String> people, int end) {
        Tokens.Place at = tokens.at(end);
        if (at == null) {
            at = tokens.at(end + 1);
        }
        if (at == null) {
            return null;
        }
        List<Token> t = tokens.sentence(at.sentence()).tokens();
        int from = at.token();
        for (int k = from; k < Math.min(t.size(), from + PHRASE_WORDS); k++) {
            Token x = t.get(k);
            if (OPENING.contains(x.word()) || x.word().equals(".") && k > from) {
                return null;
            }
            if (Speech.isVerb(x)) {
                boolean verbFirst = t.subList(from, k).stream().noneMatch(w -> Character.isLetterOrDigit(w.word().charAt(0)));
                return verbFirst ? speaker(t, k + 1, phraseEnd(t, k + 1), false, mentions, people)
                        : speaker(t, from, k, true, mentions, people);
            }
        }
        return null;
    }

    /** 'Peskov said: "…"', 'Ana Lopes, a spokeswoman for the ministry, said, "…"': the verb just before the quote. */
    private static String before(Tokens tokens, MentionIndex mentions, Set<String> people, int start) {
        Tokens.Place at = tokens.at(start);
        if (at == null || at.token() == 0) {
            return null;
        }
        List<Token> t = tokens.sentence(at.sentence()).tokens();
        int k = at.token() - 1;
        while (k >= 0 && (t.get(k).word().equals(":") || t.get(k).word().equals(","))) {
            k--;
        }
        if (k < 0 || !Speech.isVerb(t.get(k))) {
            return null;
        }
        int from = k;
        while (from > 0 && k - from < PHRASE_WORDS && !CLAUSE_MARKS.contains(t.get(from - 1).word())
                && !OPENING.contains(t.get(from - 1).word()) && !Speech.isVerb(t.get(from - 1))) {
            from--;
        }
        return speaker(t, from, k, true, mentions, people);
    }

    /** Where a speaker named after the verb ends: at the sentence's end, a comma or a clause mark. */
    private static int phraseEnd(List<Token> t, int from) {
        int k = from;
        while (k < t.size() && k - from < PHRASE_WORDS && !t.get(k).word().equals(".") && !t.get(k).word().equals(",")
                && !CLAUSE_MARKS.contains(t.get(k).word()) && !OPENING.contains(t.get(k).word())) {
            k++;
        }
        return k;
    }

    private static final Set<String> CLAUSE_MARKS = Set.of(";", ":", "(", ")", "--", "—", "–");

    /**
     * The speaker a noun phrase [from, to) names, read in its comma-bounded parts: a part that is a person's name
     * alone is the speaker ("Ana Lopes, a spokeswoman for the ministry"; "the minister's spokesman, Ana Lopes");
     * else the person last named in the part next to the verb ("FEMA Administrator Jane Roe": the body qualifies
     * the person); else that part's mention nearest the verb, of any kind ("the Red Cross", "the spokesman").
     *
     * @param verbAfter whether the verb follows the phrase (its last part is next to the verb) or precedes it
     */
    private static String speaker(List<Token> t, int from, int to, boolean verbAfter, MentionIndex mentions,
                                  Set<String> people) {
        List<List<Token>> parts = new ArrayList<>();
        List<Token> part = new ArrayList<>();
        for (int k = from; k < to; k++) {
            if (t.get(k).word().equals(",")) {
                if (!part.isEmpty()) {
                    parts.add(part);
                }
                part = new ArrayList<>();
            } else {
                part.add(t.get(k));
            }
        }
        if (!part.isEmpty()) {
            parts.add(part);
        }
        if (parts.isEmpty()) {
            return null;
        }
        for (List<Token> p : parts) {
            String name = onlyName(p, mentions);
            if (name != null && people.contains(name)) {
                return name;
            }
        }
        List<Token> next = verbAfter ? parts.get(parts.size() - 1) : parts.get(0);
        String nearest = null;
        String lastPerson = null;
        for (Token x : next) {
            String id = mentions.at(x.start());
            if (id != null) {
                lastPerson = people.contains(id) ? id : lastPerson;
                nearest = verbAfter || nearest == null ? id : nearest;
            }
        }
        return lastPerson != null ? lastPerson : nearest;
    }

    /** The entity a part names when the part is one mention and nothing else but a leading article. */
    private static String onlyName(List<Token> part, MentionIndex mentions) {
        String id = null;
        for (Token x : part) {
            String m = mentions.at(x.start());
            if (m == null && id == null && ARTICLES.contains(x.word().toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            if (m == null || id != null && !id.equals(m)) {
                return null;
            }
            id = m;
        }
        return id;
    }

    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
}
