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
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads re3d (Dstl) sub-folders: {@code documents.json} and {@code entities.json}, JSON Lines. Only annotations with
 * confidence ≥ 0.5 are gold (rejected candidates stay in the files with low confidence). Scored: Person,
 * Organisation, Location and the things Dateline calls PRODUCT (Weapon, MilitaryPlatform, Vehicle) when written as
 * names (first letter upper case); everything else annotated is unscored.
 */
public final class Re3d {
    private static final Map<String, String> TYPES = Map.of("Person", "PERSON", "Organisation", "ORGANIZATION",
            "Location", "LOCATION", "Weapon", "PRODUCT", "MilitaryPlatform", "PRODUCT", "Vehicle", "PRODUCT");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Re3d() {
    }

    /** Every document of every sub-folder of the corpus folder. */
    public static List<GoldDocument> readAll(Path corpus) throws IOException {
        List<GoldDocument> docs = new ArrayList<>();
        try (Stream<Path> folders = Files.list(corpus)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                if (Files.exists(folder.resolve("documents.json"))) {
                    docs.addAll(readFolder(folder));
                }
            }
        }
        return docs;
    }

    static List<GoldDocument> readFolder(Path folder) throws IOException {
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
            GoldSpan span = new GoldSpan(e.get("begin").asInt(), e.get("end").asInt(), type);
            boolean named = !value.isEmpty() && Character.isUpperCase(value.codePointAt(0));
            (type != null && named ? scored : unscored).computeIfAbsent(doc, k -> new ArrayList<>()).add(span);
        }
        List<GoldDocument> docs = new ArrayList<>();
        texts.forEach((id, text) -> docs.add(new GoldDocument(folder.getFileName() + "/" + id, text, null,
                scored.getOrDefault(id, List.of()), List.of(), unscored.getOrDefault(id, List.of()), List.of(),
                text.length())));
        return docs;
    }
}
