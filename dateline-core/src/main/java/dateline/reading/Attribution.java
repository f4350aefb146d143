package dateline.reading;

import java.util.List;

/**
 * A claim and the chain of sources it is attributed to, outermost first: "TASS reported, citing Voice of Korea" gives
 * [TASS, Voice of Korea]. Sources are entity ids.
 */
public record Attribution(int start, int end, String text, List<String> sources) {
    public Attribution {
        sources = List.copyOf(sources);
    }
}
