package dateline.reading;

/**
 * One token of a sentence.
 *
 * @param start offset of its first character in the article text
 * @param end   offset after its last character
 * @param word  the token as written
 * @param lemma its lemma ("visited" → "visit")
 * @param pos   its Penn Treebank part-of-speech tag
 * @param ner   its named-entity tag from the statistical tagger ("PERSON", "O", …)
 */
public record Token(int start, int end, String word, String lemma, String pos, String ner) {
    /** The lemma in lower case, or the word where the tagger gave none: the form that word lists are matched by. */
    public String lowerLemma() {
        return (lemma == null ? word : lemma).toLowerCase(java.util.Locale.ROOT);
    }
}
