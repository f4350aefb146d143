package dateline.reading;

import java.util.Set;

/**
 * The words by which news says who said something and on whose word: one list for the stages that find quote speakers,
 * source chains, news outlets and reporting organisations, so that they agree on what counts as saying.
 */
final class Speech {
    /** Verbs of saying, by lemma: '"…," he said', "TASS reported that …", "the ministry denied". */
    static final Set<String> VERBS = Lexicon.standard().words("speech-verbs");
    /** Verbs by which a paper or an agency is cited ("The Guardian reported"), narrower than saying in general. */
    static final Set<String> PUBLISHING = Lexicon.standard().words("publishing-verbs");
    /** The participles that put a source inside a report: "TASS reported, citing Voice of Korea". */
    static final Set<String> CITING = Lexicon.standard().words("citing-words");

    private Speech() {
    }

    /** Whether the token is a verb of saying. */
    static boolean isVerb(Token x) {
        return x.pos() != null && x.pos().startsWith("VB") && VERBS.contains(x.lowerLemma());
    }
}
