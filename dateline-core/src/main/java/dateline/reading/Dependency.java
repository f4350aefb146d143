package dateline.reading;

/**
 * One arc of a sentence's dependency parse (Universal Dependencies).
 *
 * @param governor  index of the head token within the sentence, or -1 for the root
 * @param dependent index of the dependent token within the sentence
 * @param relation  the relation, with its subtype where given ("nsubj", "obl:tmod")
 */
public record Dependency(int governor, int dependent, String relation) {
}
