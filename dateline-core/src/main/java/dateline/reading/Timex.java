package dateline.reading;

/**
 * A time expression with its TimeML / ISO 8601 value, resolved against the publication date.
 *
 * @param value "2023-09-15", "2023-09-17T18:37", "P6D", "1950/1953", … or null when it cannot be resolved
 */
public record Timex(int start, int end, String text, TimexType type, String value) {
}
