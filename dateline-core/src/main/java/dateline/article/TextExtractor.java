package dateline.article;

import dateline.page.Page;
import dateline.page.TextDecoder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts the article from text scraped off a page, where markup is gone but the page's furniture is still there.
 * Each line is a paragraph. The headline is the first line when the scrape repeats it or it reads as a headline;
 * a short "Section date time" line gives section and date; "Photo: …" lines become image credits; a standfirst the
 * scrape repeats is the lead, kept once; the tail is cut at "See also", "Related", cookie or newsletter text.
 */
final class TextExtractor {
    /** "Eurasia 17/09/2023 18:37", "World | 17 September 2023", "Politics - Sep 17, 2023": a section, then a date. */
    private static final Pattern SECTION_DATE = Pattern.compile(
            "^(\\p{Lu}[\\p{L}&' -]{1,40}?)\\s*[|·•,–—-]?\\s+(\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}.*|(?:19|20)\\d{2}-\\d{2}-\\d{2}.*"
                    + "|\\d{1,2}\\.?\\s+\\p{L}{3,12}\\.?\\s+(?:19|20)\\d{2}.*|\\p{L}{3,12}\\.?\\s+\\d{1,2},?\\s+(?:19|20)\\d{2}.*)$");
    /** Where the article ends and the page's furniture begins. */
    private static final Pattern TAIL = Pattern.compile("(?i)^(?:see also|related( articles| stories| news| posts| content)?|"
            + "read (more|also|next)|more (from|on|stories|news)( .{0,40})?|most (read|popular|viewed)|recommended( for you)?|"
            + "you (may|might) also like.{0,20}|also (read|on).{0,40}|latest news|top stories|comments?( \\(\\d+\\))?|"
            + "share( this)?( article| story)?|tags?:.{0,200}|topics?:.{0,200}|"
            // the cited-sources section that closes wiki and agency pages
            + "sources|references|external links|further reading|this story has updates)$"
            + "|(?i)^.{0,200}\\b(cookies?|consent|newsletter|subscribe|subscription)\\b.{0,300}$");
    private static final int HEADER_LINES = 12;

    private final LanguageGuesser languages;

    TextExtractor(LanguageGuesser languages) {
        this.languages = languages;
    }

    Article extract(Page page) {
        List<String> lines = LeadingDate.split(Cleanup.lines(TextDecoder.decode(page)), HEADER_LINES);
        if (lines.isEmpty()) {
            return new Article(page.source(), null, null, null, null, List.of(), "und", page.url(), null, "", List.of());
        }
        Map<String, Integer> counts = new HashMap<>();
        for (String l : lines) {
            counts.merge(Cleanup.key(l), 1, Integer::sum);
        }
        int titleAt = titleLine(lines, counts);
        String title = titleAt < 0 ? null : lines.get(titleAt);
        int bodyAt = firstParagraph(lines, titleAt + 1); // a long headline is still no paragraph
        Set<String> authors = new LinkedHashSet<>();
        String section = null;
        PublishedDate published = null;
        String lead = null;
        List<Image> images = new ArrayList<>();
        List<String> body = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int end = tailStart(lines);
        for (int i = titleAt + 1; i < end; i++) {
            String line = lines.get(i);
            String key = Cleanup.key(line);
            if (title != null && Cleanup.sameText(line, title)) {
                continue;
            }
            if (i < bodyAt && Cleanup.isByline(line)) {
                Authors.add(line, authors);
                continue;
            }
            Matcher credit = Cleanup.CREDIT_LINE.matcher(line);
            if (credit.matches()) {
                images.add(new Image(null, credit.group(1).strip()));
                continue;
            }
            if (published == null && i < HEADER_LINES + 1 && line.length() < 80) {
                PublishedDate d = dateLine(line);
                if (d != null) {
                    published = d;
                    Matcher m = SECTION_DATE.matcher(line);
                    if (m.matches()) {
                        section = m.group(1).strip();
                    }
                    continue;
                }
            }
            if (Cleanup.isFurniture(line) || key.isEmpty() || !seen.add(key)) {
                continue;
            }
            if (i < bodyAt && line.length() < 40 && !BodyFilter.endsSentence(line)) {
                continue; // menu items, labels and share buttons above the article
            }
            if (lead == null && i < HEADER_LINES && line.length() >= 40 && counts.get(key) > 1) {
                lead = line;
            }
            body.add(line);
        }
        if (published == null) {
            // A date line above the headline (a scraper's or an archive's own) counts only when the article's header
            // below the headline has none.
            for (int i = 0; i < titleAt && published == null; i++) {
                published = lines.get(i).length() < 80 ? dateLine(lines.get(i)) : null;
            }
        }
        if (lead == null && !body.isEmpty()) {
            lead = body.get(0);
        } else if (lead != null) {
            // The scrape repeats the standfirst; it leads the text once.
            body.remove(lead);
            body.add(0, lead);
        }
        String text = Cleanup.join(body);
        return new Article(page.source(), title, published, null, section, List.copyOf(authors),
                languages.guess(text, null), page.url(), lead, text, images);
    }

    /**
     * The headline: the first line of a few words that the scrape repeats, else the first such line that does not
     * read as a sentence; -1 when the text starts straight with its body.
     */
    private static int titleLine(List<String> lines, Map<String, Integer> counts) {
        int limit = Math.min(lines.size(), HEADER_LINES);
        for (int i = 0; i < limit; i++) {
            String l = lines.get(i);
            if (looksLikeHeadline(l) && counts.get(Cleanup.key(l)) > 1) {
                return i;
            }
        }
        for (int i = 0; i < limit; i++) {
            String l = lines.get(i);
            if (looksLikeHeadline(l) && !BodyFilter.endsSentence(l)) {
                return i;
            }
            if (l.length() >= 100) {
                break;
            }
        }
        return -1;
    }

    private static boolean looksLikeHeadline(String l) {
        return l.length() >= 15 && l.length() <= 200 && l.split("\\s+").length >= 3 && !Cleanup.isFurniture(l)
                && !Cleanup.isByline(l) && dateLine(l) == null;
    }

    /** The first line from {@code from} on that reads as a paragraph of text. */
    private static int firstParagraph(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.length() >= 80 || (l.length() >= 40 && BodyFilter.endsSentence(l))) {
                return i;
            }
        }
        return lines.size();
    }

    /** A short line that is a date, or a section followed by a date, read day-first as most of the world writes. */
    private static PublishedDate dateLine(String line) {
        Matcher m = SECTION_DATE.matcher(line);
        String datePart = m.matches() ? m.group(2) : line;
        PublishedDate d = DateParser.parse(datePart, true, "date-line");
        if (d == null) {
            return null;
        }
        int letters = 0;
        for (int i = 0; i < datePart.length(); i++) {
            letters += Character.isLetter(datePart.charAt(i)) ? 1 : 0;
        }
        return letters <= 20 ? d : null;
    }

    /** The index of the first trailing-furniture line, when only a small part of the text follows it. */
    private static int tailStart(List<String> lines) {
        int total = 0;
        for (String l : lines) {
            total += l.length();
        }
        int before = 0;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (i >= 3 && before > total / 2 && TAIL.matcher(l).matches()) {
                return i;
            }
            before += l.length();
        }
        return lines.size();
    }
}
