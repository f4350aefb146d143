package dateline.reading;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words SUTime takes for times that are not: ages ("6-year-old"), rates ("$55 a night", "four flights a week"),
 * ordinals ("a second group"),
 * fractions ("three-quarters of its food"), names ("Jan Kavan", "Sandra Day O'Connor"), the noun "march", the
 * newspaper "daily", the verb or adjective "present", vague adverbs and capitalised abbreviations like "SEC",
 * 24-hour clock readings taken for years ("0735 GMT") and titles ("60 Minutes", "This Week", "Spring of Life").
 */
final class NotTimes {
    private static final Pattern AGE = Pattern.compile("(?i).*\\b(years?|months?)[- ]old\\b.*");
    // Frequency adjectives and vague adverbs that TimeML leaves alone.
    private static final Set<String> WORDS = Lexicon.standard().words("not-time-words");
    private static final Pattern RATE = Pattern.compile("(?i)(?:a|per) (?:year|month|week|day|night|hour)");
    private static final Pattern UNIT = Pattern.compile("(?i)year|month|week|day|night|hour");
    // "a second group", "A second A380": the ordinal, not the span of a second ("a second later" is one).
    private static final Pattern ORDINAL_USE = Pattern.compile(" (?!(?:later|earlier|ago|before|after|or|and|to|of|in|for|"
            + "when|the|a|an|as|too)\\b)[\\p{L}\\d]");
    private static final Pattern FRACTION = Pattern.compile("(?i)(?:about |more than |less than |nearly |almost )?"
            + "(?:a|one|two|three)[- ]quarters?");
    // "(0735 GMT)": a news year has no leading zero.
    private static final Pattern ZERO_YEAR = Pattern.compile("0\\d{3}");
    // "CBS's 60 Minutes", "48 Hours", ABC's "This Week": a capitalised unit after a number or a determiner is a title.
    private static final Pattern TITLE = Pattern.compile("(?:\\d+|This|Next|Last) (?:Years?|Months?|Weeks?|Days?|Hours?|"
            + "Minutes?|Seconds?)|High Noon");
    // "a series of 'Spring of Life' demonstrations": English writes seasons in lower case, so a capital one in the
    // middle of a sentence is a name.
    private static final Pattern SEASON_NAME = Pattern.compile("Spring|Summer|Autumn|Winter");
    // "this may", "this march", "prices fall": a lower-case "may" or "march" is the verb or the walk, "fall" a drop
    // unless the season is meant.
    private static final Pattern LOWER_MONTH = Pattern.compile(".*\\b(?:may|march)\\b.*");
    private static final Pattern FALL = Pattern.compile("(?i)(?:.*\\s)?falls?");
    private static final Pattern SEASON_CUE = Pattern.compile("(?is).*\\b(?:this|last|next|early|late|mid-?|in the|during "
            + "the|by the|until the|since the|the coming|the past)\\s+$");
    private static final Pattern YEAR_AFTER = Pattern.compile("\\s+(?:of\\s+)?(?:19|20)\\d\\d\\b");
    private static final Pattern MONTH_NAME = Pattern.compile("(?:Jan|Jun|Jul|Aug|Sep|Oct|Nov|Dec|March|May|April|June)");

    private NotTimes() {
    }

    static boolean reject(Reading r, Timex t) {
        String w = t.text().strip();
        String text = r.article().text();
        return AGE.matcher(w).matches() || WORDS.contains(w.toLowerCase(Locale.ROOT))
                || w.replaceFirst("^(?i)the\\s+", "").matches("[A-Z]{2,}")
                || ZERO_YEAR.matcher(w).matches() && t.value() != null && t.value().startsWith("0")
                || TITLE.matcher(w).matches() && !headline(r, t.start())
                || SEASON_NAME.matcher(w).matches() && !headline(r, t.start()) && !sentenceStart(r, t.start())
                || LOWER_MONTH.matcher(w).matches()
                || FALL.matcher(w).matches() && !season(text, t)
                || RATE.matcher(w).matches() && afterAmount(r, t)
                || UNIT.matcher(w).matches() && rateAfter(r, text, t)
                || w.equalsIgnoreCase("a second") && ORDINAL_USE.matcher(text).region(t.end(), text.length()).lookingAt()
                || FRACTION.matcher(w).matches() && text.startsWith(" of ", t.end())
                || w.equals("Day") || w.equals("present") && !presentTime(text, t.start())
                || w.equalsIgnoreCase("daily") && nounUse(r, t)
                || MONTH_NAME.matcher(w.replaceFirst("^(?i)the\\s+(?:\\p{Ll}+\\s+)?", "")).matches() && name(r, text, t);
    }

    /** "358,000 a month", "$55 a night", "700 seats a week": how often or how much, not when. */
    private static boolean afterAmount(Reading r, Timex t) {
        Token before = tokenBefore(r, t.start());
        return before != null && ("CD".equals(before.pos()) || "NNS".equals(before.pos()) || before.word().matches(".*\\d.*"));
    }

    /** "$55 a night" where SUTime marks only "night". */
    private static boolean rateAfter(Reading r, String text, Timex t) {
        String before = text.substring(Math.max(0, t.start() - 4), t.start()).toLowerCase(Locale.ROOT);
        if (!before.endsWith(" a ") && !before.endsWith("per ")) {
            return false;
        }
        Token amount = tokenBefore(r, t.start() - (before.endsWith(" a ") ? 2 : 4));
        return amount != null && ("CD".equals(amount.pos()) || "NNS".equals(amount.pos()) || amount.word().matches(".*\\d.*"));
    }

    /** "at present", "the present", "until the present": the others are the verb or "present at the ceremony". */
    private static boolean presentTime(String text, int start) {
        String before = text.substring(Math.max(0, start - 6), start).toLowerCase(Locale.ROOT);
        return before.matches("(?s).*\\b(at|the)\\s+$");
    }

    /** "the party daily Granma", "average daily volume": a newspaper or an average, not a frequency. */
    private static boolean nounUse(Reading r, Timex t) {
        Token self = tokenAt(r, t.start());
        Token before = tokenBefore(r, t.start());
        return self != null && self.pos() != null && self.pos().startsWith("NN")
                || before != null && before.word().equalsIgnoreCase("average");
    }

    /** "Jan Kavan", "the March of the Mothers": a first name, or the noun, not the month. */
    private static boolean name(Reading r, String text, Timex t) {
        Token self = tokenAt(r, t.start());
        if (self != null && "PERSON".equals(self.ner())) {
            return true;
        }
        // "the March of the Mothers", "the annual March for Life"
        String before = text.substring(Math.max(0, t.start() - 4), t.start());
        boolean afterArticle = before.equalsIgnoreCase("the ") || t.text().matches("(?i)the\\s.*");
        return afterArticle && (text.startsWith(" of ", t.end()) || text.startsWith(" for ", t.end()));
    }

    /** "this fall", "in the fall", "fall 2024": the season, where "prices fall" and "the fall of Rome" are not. */
    private static boolean season(String text, Timex t) {
        String w = t.text().strip().toLowerCase(Locale.ROOT);
        if (w.endsWith("falls")) {
            return false;
        }
        if (!w.equals("fall")) {
            return SEASON_CUE.matcher(w.substring(0, w.length() - 4)).matches();
        }
        String before = text.substring(Math.max(0, t.start() - 12), t.start());
        return SEASON_CUE.matcher(before).matches() || YEAR_AFTER.matcher(text).region(t.end(), text.length()).lookingAt();
    }

    /** A sentence whose longer words are mostly capitalised is a headline, where "12 Hours" is still a time. */
    private static boolean headline(Reading r, int offset) {
        Sentence s = r.sentenceAt(offset);
        if (s == null) {
            return false;
        }
        long words = s.tokens().stream().filter(k -> k.word().length() > 3 && Character.isLetter(k.word().charAt(0))).count();
        long capitals = s.tokens().stream().filter(k -> k.word().length() > 3 && Character.isUpperCase(k.word().charAt(0))).count();
        return capitals * 2 > words;
    }

    private static boolean sentenceStart(Reading r, int offset) {
        Sentence s = r.sentenceAt(offset);
        int i = s == null ? -1 : Tense.tokenAt(s, offset);
        for (int k = 0; k < i; k++) {
            if (Character.isLetterOrDigit(s.tokens().get(k).word().charAt(0))) {
                return false; // quotation marks and brackets may come first
            }
        }
        return true;
    }

    private static Token tokenAt(Reading r, int offset) {
        Sentence s = r.sentenceAt(offset);
        int i = s == null ? -1 : Tense.tokenAt(s, offset);
        return i < 0 ? null : s.tokens().get(i);
    }

    private static Token tokenBefore(Reading r, int offset) {
        Sentence s = r.sentenceAt(offset);
        int i = s == null ? -1 : Tense.tokenAt(s, offset);
        return i <= 0 ? null : s.tokens().get(i - 1);
    }
}
