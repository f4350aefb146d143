package dateline.article;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A date glued to the start of a longer line of scraped text, as archives and scrapers write it ("date 2024-10-13
 * Shafaq News/ Iranian Foreign Minister …", "Published: 11.03.2019 Berlin – …"): the date, with its label, becomes a
 * line of its own, so that it is read as a date line and not left in the article's text. Only a date whose end is
 * plain (ISO, or day, month and year in digits) is split off, and only from text that does not go on with a number
 * (a time, as in "Updated 03.05.2030 10:20", belongs to its date): a date in words has no clear end.
 */
final class LeadingDate {
    private static final Pattern GLUED = Pattern.compile("(?iu)^((?:(?:" + labels() + ")\\s*:?\\s*)?"
            + "(?:(?:19|20)\\d{2}-\\d{2}-\\d{2}(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2})?)?"
            + "|\\d{1,2}[./]\\d{1,2}[./](?:19|20)\\d{2}))\\s+(?:[|·•–—-]\\s+)?([^\\p{N}\\s].*)$");

    private LeadingDate() {
    }

    /** The lines with a date glued to the start of one of the first {@code header} lines split off before it. */
    static List<String> split(List<String> lines, int header) {
        List<String> out = new ArrayList<>(lines.size() + 1);
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = i < header ? GLUED.matcher(lines.get(i)) : null;
            if (m != null && m.matches()) {
                out.add(m.group(1));
                out.add(m.group(2));
            } else {
                out.add(lines.get(i));
            }
        }
        return out;
    }

    private static String labels() {
        try (InputStream in = LeadingDate.class.getResourceAsStream("date-labels.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> Pattern.quote(l).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
