package dateline.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads GUM's CoNLL-U files ({@code dep/*.conllu}). The text is rebuilt from the tokens (a space unless
 * {@code SpaceAfter=No}, a blank line between paragraphs, a newline between sentences). Entity mentions come from
 * the {@code Entity=} brackets in MISC; a mention is <em>named</em> when its syntactic head (the token whose head
 * lies outside the mention) is a proper noun, and is scored when its type is person, place or organization. All other mentions (pronouns, common
 * nouns, other types) are unscored. The bracket's number is the coreference chain.
 */
public final class GumNews {
    private static final Map<String, String> TYPES =
            Map.of("person", "PERSON", "place", "LOCATION", "organization", "ORGANIZATION");

    private GumNews() {
    }

    private record Open(String chain, String type, int start, int firstToken) {
    }

    public static GoldDocument read(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        List<GoldSpan> entities = new ArrayList<>();
        List<String> chains = new ArrayList<>();
        List<GoldSpan> unscored = new ArrayList<>();
        List<Boolean> propn = new ArrayList<>();
        List<Integer> heads = new ArrayList<>(); // document-wide index of each token's head, -1 for the root
        int sentenceStart = 0;
        Map<String, Deque<Open>> open = new HashMap<>();
        LocalDate created = null;
        boolean newParagraph = false;
        boolean spaceBefore = false;
        int multiwordEnd = -1;
        int multiwordStart = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("# meta::dateCreated = ")) {
                created = LocalDate.parse(line.substring("# meta::dateCreated = ".length()).strip());
            } else if (line.startsWith("# newpar")) {
                newParagraph = true;
            } else if (line.startsWith("# sent_id")) {
                if (!text.isEmpty()) {
                    text.append(newParagraph ? "\n\n" : "\n");
                }
                newParagraph = false;
                spaceBefore = false;
                sentenceStart = propn.size();
                multiwordEnd = -1;
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f[0].contains(".")) {
                continue; // empty node: no surface
            }
            if (f[0].contains("-")) {
                multiwordEnd = Integer.parseInt(f[0].substring(f[0].indexOf('-') + 1));
                if (spaceBefore) {
                    text.append(' ');
                }
                multiwordStart = text.length();
                text.append(f[1]);
                spaceBefore = !f[9].contains("SpaceAfter=No");
                continue;
            }
            int id = Integer.parseInt(f[0]);
            boolean insideMultiword = id <= multiwordEnd;
            int start;
            if (insideMultiword) {
                start = multiwordStart; // the parts of a contraction ("DAB's") share its surface form's offsets
            } else {
                if (spaceBefore) {
                    text.append(' ');
                }
                start = text.length();
                text.append(f[1]);
                spaceBefore = !f[9].contains("SpaceAfter=No");
            }
            int end = Math.max(text.length(), start + 1);
            propn.add(f[3].equals("PROPN"));
            int head = Integer.parseInt(f[6]);
            heads.add(head == 0 ? -1 : sentenceStart + head - 1);
            int tokenIndex = propn.size() - 1;
            String entity = misc(f[9], "Entity");
            if (entity != null) {
                parseBrackets(entity, start, end, tokenIndex, open, new Syntax(propn, heads), entities, chains, unscored);
            }
        }
        return new GoldDocument(file.getFileName().toString(), text.toString(), created, entities, chains, unscored,
                List.of(), text.length());
    }

    /** Part of speech and heads of the tokens read so far. */
    private record Syntax(List<Boolean> propn, List<Integer> heads) {
        /** Whether the mention's head, the first token whose head lies outside it, is a proper noun. */
        boolean namedHead(int first, int last) {
            for (int t = first; t <= last; t++) {
                int h = heads.get(t);
                if (h < first || h > last) {
                    return propn.get(t);
                }
            }
            return false;
        }
    }

    private static void parseBrackets(String value, int start, int end, int token, Map<String, Deque<Open>> open,
                                      Syntax propn, List<GoldSpan> entities, List<String> chains,
                                      List<GoldSpan> unscored) {
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c == '(') {
                int j = i + 1;
                while (j < value.length() && value.charAt(j) != '(' && value.charAt(j) != ')') {
                    j++;
                }
                String[] parts = value.substring(i + 1, j).split("-", -1);
                Open o = new Open(parts[0], parts.length > 1 ? parts[1] : "", start, token);
                if (j < value.length() && value.charAt(j) == ')') {
                    close(o, end, token, propn, entities, chains, unscored);
                    j++;
                } else {
                    open.computeIfAbsent(o.chain, k -> new ArrayDeque<>()).push(o);
                }
                i = j;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < value.length() && Character.isDigit(value.charAt(j))) {
                    j++;
                }
                String chain = value.substring(i, j);
                Deque<Open> stack = open.get(chain);
                if (stack != null && !stack.isEmpty()) {
                    close(stack.pop(), end, token, propn, entities, chains, unscored);
                }
                i = j < value.length() && value.charAt(j) == ')' ? j + 1 : j;
            } else {
                i++;
            }
        }
    }

    private static void close(Open o, int end, int lastToken, Syntax syntax, List<GoldSpan> entities,
                              List<String> chains, List<GoldSpan> unscored) {
        boolean named = syntax.namedHead(o.firstToken, lastToken);
        String type = TYPES.get(o.type);
        if (named && type != null) {
            entities.add(new GoldSpan(o.start, end, type));
            chains.add(o.chain);
        } else {
            unscored.add(new GoldSpan(o.start, end, null));
        }
    }

    private static String misc(String field, String key) {
        for (String kv : field.split("\\|")) {
            if (kv.startsWith(key + "=")) {
                return kv.substring(key.length() + 1);
            }
        }
        return null;
    }
}
