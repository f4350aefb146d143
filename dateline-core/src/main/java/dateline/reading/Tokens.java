package dateline.reading;

import java.util.Arrays;
import java.util.List;

/** Finds the sentence and token at a character offset of a reading, by binary search. */
final class Tokens {
    private final List<Sentence> sentences;
    private final int[] starts;

    Tokens(Reading r) {
        sentences = r.sentences();
        starts = sentences.stream().mapToInt(Sentence::start).toArray();
    }

    int sentences() {
        return sentences.size();
    }

    Sentence sentence(int i) {
        return sentences.get(i);
    }

    /** Where a token stands: its sentence's index and its own index in that sentence. */
    record Place(int sentence, int token) {
    }

    /** The place of the token covering {@code offset}, or null between tokens. */
    Place at(int offset) {
        int s = Arrays.binarySearch(starts, offset);
        if (s < 0) {
            s = -s - 2;
        }
        if (s < 0) {
            return null;
        }
        List<Token> t = sentences.get(s).tokens();
        int lo = 0, hi = t.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (t.get(mid).end() <= offset) {
                lo = mid + 1;
            } else if (t.get(mid).start() > offset) {
                hi = mid - 1;
            } else {
                return new Place(s, mid);
            }
        }
        return null;
    }
}
