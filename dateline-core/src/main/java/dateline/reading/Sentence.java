package dateline.reading;

import java.util.List;

/**
 * One sentence: its span, tokens and dependency arcs (empty when the parse was skipped, e.g. an over-long sentence).
 */
public record Sentence(int start, int end, List<Token> tokens, List<Dependency> dependencies) {
    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }
}
