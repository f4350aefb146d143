package dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads re3d (Dstl) sub-folders: {@code documents.json} and {@code entities.json}, JSON Lines. Only annotations with
 * confidence ≥ 0.5 are gold (rejected candidates stay in the files with low confidence). Scored: Person,
 * Organisation, Location and the things Dateline calls PRODUCT (Weapon, MilitaryPlatform, Vehicle) when they are
 * named mentions; everything else annotated is unscored, so a system mention there is neither right nor wrong.
 *
 * <p>re3d annotates phrases, not names ("the city of Mosul", "We", "ISIL tactical units"), and has no parts of speech.
 * A mention is named, as in GUM and MEANTIME, when its head is a proper noun. The head is taken as the last word
 * before the first preposition or comma ("the Government of Iraq" → Government, "people of Iraq" → people, "U.S.
 * forces" → forces); it is a proper noun when it is capitalised ("al-Hilla" counts), is no pronoun, and, when it
 * opens a sentence, is not also written in lower case elsewhere in the document ("Civilians were …" beside
 * "civilians").
 */
public final class Re3d {
    private static final Map<String, String> TYPES = Map.of("Person", "PERSON", "Organisation", "ORGANIZATION",
            "Location", "LOCATION", "Weapon", "PRODUCT", "MilitaryPlatform", "PRODUCT", "Vehicle", "PRODUCT");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> PRONOUNS = Set.of("i", "me", "my", "mine", "we", "us", "our", "ours", "you",
            "your", "he", "him", "his", "she", "her", "hers", "it", "its", "they", "them", "their", "theirs", "this",
            "that", "these", "those", "who", "which", "one", "all", "both", "each", "some", "many", "others");
    private static final Set<String> HEAD_ENDS = Set.of("of", "for", "in", "at", "to", "from", "on", "with", "by",
            "and", "or", "who", "which", "that");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.'’&-]*");

    private Re3d() {
    }

    /** Every document of every sub-folder of the corpus folder, its named mentions scored. */
    public static List<GoldDocument> readAll(Path corpus) throws IOException {
        return readAll(corpus, true);
    }

    /**
     * Every document of every sub-folder; with {@code namedOnly} false, every mention of a scored type counts, common
     * nouns and pronouns too (PROVENANCE asks for both figures).
     */
    public static List<GoldDocument> readAll(Path corpus, boolean namedOnly) throws IOException {
        List<GoldDocument> docs = new ArrayList<>();
        try (Stream<Path> folders = Files.list(corpus)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                if (Files.exists(folder.resolve("documents.json"))) {
                    docs.addAll(readFolder(folder, namedOnly));
                }
            }
        }
        return docs;
    }

    static List<GoldDocument> readFolder(Path folder, boolean namedOnly) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String line : Files.readAllLines(folder.resolve("documents.json"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode d = JSON.readTree(line);
                texts.put(d.get("_id").asText(), d.get("text").asText());
            }
        }
        Map<String, List<GoldSpan>> scored = new LinkedHashMap<>();
        Map<String, List<GoldSpan>> unscored = new LinkedHashMap<>();
        for (String line : Files.readAllLines(folder.resolve("entities.json"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode e = JSON.readTree(line);
            if (e.path("confidence").asDouble(0) < 0.5) {
                continue;
            }
            String doc = e.get("documentId").asText();
            String value = e.path("value").asText("");
            String type = TYPES.get(e.get("type").asText());
            int begin = e.get("begin").asInt(), end = e.get("end").asInt();
            if (type != null && (!namedOnly || isNamed(texts.getOrDefault(doc, ""), begin, value))) {
                scored.computeIfAbsent(doc, k -> new ArrayList<>()).add(new GoldSpan(begin, end, type));
            } else {
                // Unlabelled, as in the other readers: a system mention on it is neither right nor wrong.
                unscored.computeIfAbsent(doc, k -> new ArrayList<>()).add(new GoldSpan(begin, end, null));
            }
        }
        List<GoldDocument> docs = new ArrayList<>();
        texts.forEach((id, text) -> docs.add(new GoldDocument(folder.getFileName() + "/" + id, text, null,
                scored.getOrDefault(id, List.of()), List.of(), unscored.getOrDefault(id, List.of()), List.of(),
                text.length())));
        return docs;
    }

    /** Whether the mention {@code value}, starting at {@code begin} in {@code text}, is headed by a proper noun. */
    static boolean isNamed(String text, int begin, String value) {
        List<String> words = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        Matcher m = WORD.matcher(value);
        while (m.find()) {
            if (!words.isEmpty() && (HEAD_ENDS.contains(m.group().toLowerCase(Locale.ROOT))
                    || value.substring(starts.get(starts.size() - 1), m.start()).matches(".*[,(–—].*"))) {
                break;
            }
            words.add(m.group());
            starts.add(m.start());
        }
        if (words.isEmpty() || value.matches(".*\\d\\s*°.*")) {
            return false; // nothing, or a coordinate ("33°30′21″N 36°16′11″E")
        }
        String head = words.get(words.size() - 1).replaceAll("(?<=[^.]{2})\\.$", "");
        if (PRONOUNS.contains(head.toLowerCase(Locale.ROOT)) || !isCapitalised(head)) {
            return false;
        }
        int at = begin + starts.get(starts.size() - 1);
        if (!sentenceStart(text, at)) {
            return true;
        }
        // Capitalised only because it opens the sentence? Then the document also writes it in lower case.
        String lower = head.toLowerCase(Locale.ROOT);
        return !Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(lower) + "(?![\\p{L}\\p{N}])").matcher(text).find();
    }

    private static boolean isCapitalised(String word) {
        for (String part : word.split("-")) {
            if (!part.isEmpty() && Character.isUpperCase(part.codePointAt(0))) {
                return true; // "al-Hilla", "Su-57"
            }
        }
        return false; // a number is no name
    }

    /** Whether only spaces, quotes and brackets separate offset {@code at} from the start of its sentence. */
    private static boolean sentenceStart(String text, int at) {
        int i = Math.min(at, text.length()) - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"'“‘([".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i < 0 || ".!?:;".indexOf(text.charAt(i)) >= 0 || text.substring(i, at).indexOf('\n') >= 0;
    }
}
