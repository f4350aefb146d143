package dateline.article;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * A publication (or modification) date with only the precision the page gives: a date without a time stays a date,
 * a local time without a zone stays without an offset.
 *
 * @param date   the calendar date
 * @param time   the time of day, or null when the page gives none
 * @param offset the UTC offset, or null when the page gives none (never invented)
 * @param from   where the date was found: {@code meta}, {@code json-ld}, {@code time-element}, {@code url},
 *               {@code date-line}, {@code text}, {@code given} (supplied by the user)
 */
public record PublishedDate(LocalDate date, LocalTime time, ZoneOffset offset, String from) {

    public PublishedDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(from, "from");
        if (time == null && offset != null) {
            throw new IllegalArgumentException("an offset needs a time");
        }
    }

    public static PublishedDate ofDate(LocalDate date, String from) {
        return new PublishedDate(date, null, null, from);
    }

    /** ISO 8601 at the page's precision: {@code 2023-09-17}, {@code 2023-09-17T18:37}, {@code 2023-09-17T18:37:05+03:00}. */
    public String iso() {
        if (time == null) {
            return date.toString();
        }
        String t = time.getSecond() == 0 && time.getNano() == 0
                ? time.format(DateTimeFormatter.ofPattern("HH:mm"))
                : time.withNano(0).format(DateTimeFormatter.ofPattern("HH:mm:ss"));
        String zone = offset == null ? "" : (offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId());
        return date + "T" + t + zone;
    }

    @Override
    public String toString() {
        return iso();
    }
}
