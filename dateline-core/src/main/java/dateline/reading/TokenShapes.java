package dateline.reading;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** What a token looks like: capitals, hyphens, proper-noun tags. Shapes only; no word lists. */
final class TokenShapes {
    private static final Pattern ACRONYM_WORD = Pattern.compile("\\p{Lu}[\\p{Lu}&]{1,5}");

    private TokenShapes() {
    }

    /** The word in lower case. */
    static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }

    /** Whether token {@code i} starts a proper name: a capitalised word tagged as a proper noun. */
    static boolean startsName(List<Token> t, int i) {
        String w = t.get(i).word();
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && t.get(i).pos().startsWith("NNP");
    }

    static boolean isLowerWord(String w) {
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0));
    }

    /** A word of two or more capitals: "ISIL", "AT&T". */
    static boolean isCapsWord(String w) {
        return w.length() > 1 && w.chars().allMatch(c -> Character.isUpperCase(c) || c == '&' || c == '-');
    }

    /** A capitalised word of 2 to 6 letters, '&' allowed: the shape of an acronym ("SDF", "AT&T"). */
    static boolean isAcronymShape(String w) {
        return ACRONYM_WORD.matcher(w).matches();
    }

    /** A word whose part before its first hyphen is three or more capitals: "ISIL-held" is no model number. */
    static boolean isAllCapsWord(String w) {
        int dash = w.indexOf('-');
        return dash >= 3 && w.substring(0, dash).chars().allMatch(Character::isUpperCase);
    }

    /** Whether tokens [i, j) are all words of two or more capitals and no lower-case letter. */
    static boolean isAcronymRun(List<Token> t, int i, int j) {
        for (int k = i; k < j; k++) {
            String w = t.get(k).word();
            if (w.length() < 2 || !w.chars().allMatch(c -> Character.isUpperCase(c) || c == '.' || c == '&')) {
                return false;
            }
        }
        return true;
    }

    /** Whether token {@code k} is a hyphen touching both neighbours ("Su-57" tokenised as Su, -, 57). */
    static boolean glued(List<Token> t, int k) {
        return k > 0 && k + 1 < t.size() && t.get(k).word().equals("-") && t.get(k - 1).end() == t.get(k).start()
                && t.get(k).end() == t.get(k + 1).start();
    }

    /** The end (exclusive) of the hyphenated word that starts at token {@code i}. */
    static int glue(List<Token> t, int i) {
        int j = i + 1;
        while (glued(t, j)) {
            j += 2;
        }
        return j;
    }

    /** A word that may stand between a name and its head noun: "aircraft" of "Sukhoi aircraft maker". */
    static boolean isModifier(Token t) {
        String pos = t.pos();
        return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("CD") || pos.equals("VBN") && t.word().contains("-");
    }

    /** A demonym or similar adjective: "Russian", "North Korean" before a noun. */
    static boolean isAdjectival(List<Token> t, int i, int j) {
        if (t.get(j - 1).pos().equals("JJ") || t.get(j - 1).pos().equals("NNPS")) {
            return true;
        }
        String w = t.get(j - 1).word();
        return w.matches(".*(?:an|ese|ish|i)") && j < t.size() && t.get(j).word().matches("\\p{L}.*");
    }

    /** The first of the untagged capitalised words right before token {@code i}, or {@code i}. */
    static int untaggedNamesBefore(List<Token> t, int i) {
        int from = i;
        while (from > 0 && startsName(t, from - 1) && NerClass.of(t.get(from - 1)) == NerClass.NONE) {
            from--;
        }
        return from;
    }
}
