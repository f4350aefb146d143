package dateline.reading;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the reading and event rules consult, one meaning a list: one word or phrase a line in the files under
 * {@code dateline/reading/lexicon/}, {@code #} opening a comment, as Lucene keeps its stop words. Loaded once, then
 * immutable; a rule asks for its list by the file's name when it is built, so a missing list fails at start-up, not
 * in the middle of a batch.
 */
public final class Lexicon {
    private static final String FOLDER = "/dateline/reading/lexicon/";

    private final Map<String, Set<String>> lists;

    private Lexicon(Map<String, Set<String>> lists) {
        this.lists = Map.copyOf(lists);
    }

    /** The lists that ship with Dateline. */
    public static Lexicon standard() {
        return Standard.LEXICON;
    }

    /** A lexicon of the given lists, for rules tried on lists of one's own. */
    public static Lexicon of(Map<String, Set<String>> lists) {
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        lists.forEach((name, words) -> copy.put(name, Set.copyOf(words)));
        return new Lexicon(copy);
    }

    /** This lexicon with one list replaced or added: a new convention tried without editing the shipped files. */
    public Lexicon with(String name, Set<String> words) {
        Map<String, Set<String>> copy = new LinkedHashMap<>(lists);
        copy.put(name, Set.copyOf(words));
        return new Lexicon(copy);
    }

    /** The list of that name (its file's name without {@code .txt}). */
    public Set<String> words(String name) {
        Set<String> words = lists.get(name);
        if (words == null) {
            throw new IllegalArgumentException("no word list '" + name + "' in the lexicon");
        }
        return words;
    }

    /** The names of every list. */
    public Set<String> names() {
        return lists.keySet();
    }

    private static final class Standard {
        static final Lexicon LEXICON = load();

        private static Lexicon load() {
            Map<String, Set<String>> lists = new LinkedHashMap<>();
            for (String name : read("index")) {
                lists.put(name, Set.copyOf(read(name)));
            }
            return new Lexicon(lists);
        }
    }

    /** The entries of one list file, in file order. */
    static Set<String> read(String name) {
        InputStream in = Lexicon.class.getResourceAsStream(FOLDER + name + ".txt");
        if (in == null) {
            throw new IllegalStateException("word list " + FOLDER + name + ".txt is missing from the build");
        }
        Set<String> words = new LinkedHashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    words.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + name, e);
        }
        return words;
    }
}
