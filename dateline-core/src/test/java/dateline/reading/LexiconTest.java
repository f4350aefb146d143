package dateline.reading;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LexiconTest {
    private static final Path FOLDER = Path.of("src/main/resources/dateline/reading/lexicon");

    @Test
    void everyListFileIsIndexedAndLoads() throws IOException {
        Set<String> files = new HashSet<>();
        try (Stream<Path> s = Files.list(FOLDER)) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt") && !n.equals("index.txt"))
                    .forEach(n -> files.add(n.substring(0, n.length() - 4)));
        }
        assertEquals(files, Lexicon.standard().names());
        for (String name : files) {
            assertTrue(!Lexicon.standard().words(name).isEmpty(), name + " is empty");
        }
    }

    @Test
    void noListRepeatsAnEntry() throws IOException {
        List<String> repeated = new ArrayList<>();
        try (Stream<Path> s = Files.list(FOLDER)) {
            for (Path p : s.toList()) {
                Set<String> seen = new HashSet<>();
                for (String line : Files.readAllLines(p)) {
                    String entry = line.strip();
                    if (!entry.isEmpty() && !entry.startsWith("#") && !seen.add(entry)) {
                        repeated.add(p.getFileName() + ": " + entry);
                    }
                }
            }
        }
        assertEquals(List.of(), repeated);
    }

    @Test
    void commentsAndBlankLinesAreNoEntries() {
        Set<String> heads = Lexicon.standard().words("facility-heads");
        assertTrue(heads.contains("airport"));
        assertTrue(heads.stream().noneMatch(w -> w.startsWith("#") || w.isBlank()));
    }

    @Test
    void anUnknownListFailsWhenARuleIsBuilt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Lexicon.standard().words("no-such-list"));
        assertTrue(e.getMessage().contains("no-such-list"));
    }
}
