package dateline.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Line-level cleanup shared by the HTML and text extractors: furniture lines, bylines, credits, titles. */
final class Cleanup {
    /** "Photo: AFP/Kremlin Press Office", "(Photo: Reuters)", "Credit: Jane Doe/AP", "Фото: ТАСС". */
    static final Pattern CREDIT_LINE = Pattern.compile(
            "(?iu)^\\(?\\s*(?:photo(?:graph)?s?|image|picture|pic|foto|фото|credit|photo credit|image credit|"
                    + "source|bild|imagen|immagine)\\s*(?:by)?\\s*[:：|]\\s*(.{2,120}?)\\)?\\s*$");
    private static final Pattern TRAILING_CREDIT = Pattern.compile(
            "(?iu)^(.*?)[\\s(\\[]*(?:photo(?:graph)?|image|picture|foto|фото|credit|source)\\s*(?:by)?\\s*[:：]\\s*([^()\\[\\]]{2,120}?)[)\\]]?\\s*$");
    private static final Pattern AGENCY_CREDIT = Pattern.compile(
            "^(.*?)[\\s(\\[]*((?:AP|AFP|Reuters|Getty Images|EPA|Xinhua|TASS|Bloomberg|Shutterstock|iStock)(?:/[^()\\[\\]]{2,80})?"
                    + "|[\\p{L}.' -]{3,60}/(?:AP|AFP|Reuters|Getty Images|EPA|Bloomberg|Shutterstock|iStock)(?: Images)?)[)\\]]?\\s*$");

    private Cleanup() {
    }

    private static final Pattern CAPTION_LABEL = Pattern.compile("(?iu)^(?:image|photo|picture)?\\s*(?:caption|copyright|credit)\\s*:?\\s+");

    /** The credit without its label ("Photo: AFP/X" gives "AFP/X", "Image copyright Getty" gives "Getty"). */
    static String stripCreditLabel(String s) {
        Matcher m = CREDIT_LINE.matcher(s.strip());
        return stripLabel(m.matches() ? m.group(1).strip() : s.strip());
    }

    /** A caption without a screen-reader label ("Image caption The mayor…"). */
    static String stripLabel(String s) {
        return s == null ? null : CAPTION_LABEL.matcher(s).replaceFirst("");
    }

    /** A caption split into {caption, credit}; either may be null. */
    static String[] splitCredit(String caption) {
        String c = caption.strip();
        Matcher m = TRAILING_CREDIT.matcher(c);
        if (m.matches()) {
            return new String[] {emptyToNull(m.group(1)), emptyToNull(m.group(2))};
        }
        m = AGENCY_CREDIT.matcher(c);
        if (m.matches() && !m.group(1).isBlank()) {
            return new String[] {emptyToNull(m.group(1)), emptyToNull(m.group(2))};
        }
        return new String[] {emptyToNull(c), null};
    }

    /** A credit label standing alone ("Photo:"), whose credit is the next line. */
    static final Pattern CREDIT_LABEL = Pattern.compile(
            "(?iu)^(?:photo(?:graph)?s?|image|picture|foto|фото|credit|photo credit|source|bild|imagen|immagine)\\s*[:：]$");

    static boolean isFurniture(String line) {
        if (line.length() > 300) {
            return false;
        }
        String l = line.strip();
        return Boilerplate.FURNITURE.matcher(l).matches() || CREDIT_LINE.matcher(l).matches()
                || (mayHoldPhrase(l) && Boilerplate.FURNITURE_PHRASE.matcher(l).find());
    }

    /** A cheap test before the phrase search: each phrase holds one of these fragments. */
    private static boolean mayHoldPhrase(String l) {
        return l.contains("ollow") || l.contains("ewsletter") || l.contains("ookie") || l.contains("ubscri")
                || l.contains("ign up") || l.contains("egister");
    }

    static boolean isByline(String line) {
        return line.length() < 90 && Boilerplate.BYLINE.matcher(line.strip()).matches() && !line.strip().endsWith(".");
    }

    /** Whether a line is (about) the headline: equal after case and punctuation are set aside. */
    static boolean sameText(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return key(a).equals(key(b));
    }

    static String key(String s) {
        StringBuilder k = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                k.append(Character.toLowerCase(c));
            }
        }
        return k.toString();
    }

    /** The headline without a trailing " | Site name" or " - Site". */
    static String cleanTitle(String title) {
        if (title == null) {
            return null;
        }
        String t = title.replaceAll("\\s+", " ").strip();
        for (String sep : new String[] {" | ", " – ", " — ", " - ", " :: ", " · ", " « ", " » "}) {
            int i = t.lastIndexOf(sep);
            if (i >= 10 && t.length() - i < 45 && i > (t.length() - i) / 2) {
                t = t.substring(0, i).strip();
                break;
            }
        }
        for (String sep : new String[] {" :: ", " | ", " – ", " — ", " - ", " » "}) {
            int i = t.indexOf(sep);
            if (i > 0 && i < 30 && t.length() - i - sep.length() > 2 * i) {
                t = t.substring(i + sep.length()).strip();
                break;
            }
        }
        return t.isEmpty() ? null : t;
    }

    /** Paragraphs joined by blank lines. */
    static String join(List<String> paragraphs) {
        return String.join("\n\n", paragraphs);
    }

    /** Lines, each stripped, blank ones dropped. */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        for (String l : text.split("\\R")) {
            String s = l.replace('\u00a0', ' ').replaceAll("[ \\t]{2,}", " ").strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    private static String emptyToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        while (t.endsWith("(") || t.endsWith("[") || t.endsWith("|") || t.endsWith("-")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t.isEmpty() ? null : t;
    }
}
