package dateline.reading;

/** A direct quote and the entity id of its speaker, or null when the text does not say who spoke. */
public record Quote(int start, int end, String text, String speaker) {
}
