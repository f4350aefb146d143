package dateline.reading;

import java.util.ArrayList;
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
        List<Quote> out = new ArrayList<>();
        for (Marks q : quoteSpans(text)) {
            String inside = text.substring(q.innerStart(), q.innerEnd());
            if (inside.strip().split("\\s+").length < MIN_WORDS) {
                continue;
            }
            String speaker = after(tokens, mentions, q.end());
            if (speaker == null) {
                speaker = before(tokens, mentions, q.start());
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

    /** '"…," Peskov told' or '"…," said the spokesman': a speech verb and a mention right after the quote. */
    private static String after(Tokens tokens, MentionIndex mentions, int end) {
        Tokens.Place at = tokens.at(end);
        if (at == null) {
            at = tokens.at(end + 1);
        }
        if (at == null) {
            return null;
        }
        List<Token> t = tokens.sentence(at.sentence()).tokens();
        String speaker = null;
        String ofRole = null;
        boolean verb = false;
        for (int k = at.token(); k < Math.min(t.size(), at.token() + (ofRole == null ? 8 : 14)); k++) {
            Token x = t.get(k);
            if (OPENING.contains(x.word()) || x.word().equals(".") && k > at.token()) {
                break;
            }
            String id = mentions.at(x.start());
            if (id != null && speaker == null && !id.equals(ofRole)) {
                if (k > at.token() && OF_ROLE.contains(TokenShapes.lower(t.get(k - 1))) && ofRole == null) {
                    // "said the chairman of Chrysler LLC Jim Press": the body the speaker's office is of; the
                    // speaker may still be named after it.
                    ofRole = id;
                } else {
                    speaker = id;
                }
            }
            verb |= Speech.isVerb(x);
            if (speaker != null && verb) {
                return speaker;
            }
        }
        return verb ? ofRole : null;
    }

    private static final Set<String> OF_ROLE = Lexicon.standard().words("of-role");

    /** 'Peskov said: "…"': a mention and a speech verb just before the quote, in the same sentence. */
    private static String before(Tokens tokens, MentionIndex mentions, int start) {
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
        for (int j = k - 1; j >= Math.max(0, k - 5); j--) {
            String id = mentions.at(t.get(j).start());
            if (id != null) {
                return id;
            }
        }
        return null;
    }

}
