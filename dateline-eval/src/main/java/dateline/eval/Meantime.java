package dateline.eval;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads MEANTIME stand-off XML. The text is rebuilt from the tokens (one space between tokens, a blank line between
 * sentences); gold are the named (NAM) mentions of PER/ORG/LOC entities and the TIMEX3 values in the annotated
 * sentences 0–5, the date line's creation time excluded. Other mentions are unscored.
 */
public final class Meantime {
    private static final Map<String, String> TYPES = Map.of("PER", "PERSON", "ORG", "ORGANIZATION", "LOC", "LOCATION");
    private static final int LAST_ANNOTATED_SENTENCE = 5;

    private Meantime() {
    }

    /**
     * A gold event mention of the annotated sentences, with its Arg0 and Argm-LOC participants where annotated.
     *
     * @param anchor   the span of its anchor tokens
     * @param pred     its predicate lemma ("visit", "say")
     * @param agent    the Arg0 participant's span, or null
     * @param place    the Argm-LOC participant's span, or null
     * @param negative whether its polarity is negative
     * @param future   whether it is in the future (not happened)
     */
    public record GoldEvent(GoldSpan anchor, String pred, GoldSpan agent, GoldSpan place, boolean negative,
                            boolean future) {
    }

    /** A document's gold mentions and times, and its gold event mentions. */
    public record WithEvents(GoldDocument gold, List<GoldEvent> events) {
    }

    public static GoldDocument read(Path file) throws Exception {
        return readWithEvents(file).gold();
    }

    public static WithEvents readWithEvents(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(file.toFile());
        NodeList tokens = doc.getElementsByTagName("token");
        StringBuilder text = new StringBuilder();
        Map<String, int[]> offsets = new HashMap<>();
        int lastSentence = -1;
        int limit = 0;
        for (int i = 0; i < tokens.getLength(); i++) {
            Element t = (Element) tokens.item(i);
            int sentence = Integer.parseInt(t.getAttribute("sentence"));
            if (lastSentence >= 0) {
                text.append(sentence != lastSentence ? "\n\n" : " ");
            }
            int start = text.length();
            text.append(t.getTextContent());
            offsets.put(t.getAttribute("t_id"), new int[] {start, text.length()});
            if (sentence <= LAST_ANNOTATED_SENTENCE) {
                limit = text.length();
            }
            lastSentence = sentence;
        }
        Element markables = (Element) doc.getElementsByTagName("Markables").item(0);
        Map<String, String> entityType = new HashMap<>();
        Map<String, String> instance = new HashMap<>(); // corpus-wide ids, on most entities
        for (Element e : children(markables, "ENTITY")) {
            entityType.put(e.getAttribute("m_id"), e.getAttribute("ent_type"));
            if (!e.getAttribute("instance_id").isEmpty()) {
                instance.put(e.getAttribute("m_id"), e.getAttribute("instance_id"));
            }
        }
        Map<String, String> typeOfMention = new HashMap<>();
        Map<String, String> chainOfMention = new HashMap<>();
        Element relations = (Element) doc.getElementsByTagName("Relations").item(0);
        for (Element refersTo : children(relations, "REFERS_TO")) {
            List<Element> target = children(refersTo, "target");
            if (target.isEmpty()) {
                continue;
            }
            String targetId = target.get(0).getAttribute("m_id");
            for (Element source : children(refersTo, "source")) {
                typeOfMention.put(source.getAttribute("m_id"), entityType.get(targetId));
                // A corpus-wide instance where annotated, else one of this file only.
                chainOfMention.put(source.getAttribute("m_id"),
                        instance.getOrDefault(targetId, file.getFileName() + "#" + targetId));
            }
        }
        List<GoldSpan> entities = new ArrayList<>();
        List<String> chains = new ArrayList<>();
        List<GoldSpan> unscored = new ArrayList<>();
        for (Element m : children(markables, "ENTITY_MENTION")) {
            int[] span = span(m, offsets);
            if (span == null || span[1] > limit) {
                continue;
            }
            String kind = typeOfMention.get(m.getAttribute("m_id"));
            String type = kind == null ? null : TYPES.get(kind);
            if ("NAM".equals(m.getAttribute("syntactic_type")) && type != null) {
                entities.add(new GoldSpan(span[0], span[1], type));
                chains.add(chainOfMention.get(m.getAttribute("m_id")));
            } else {
                unscored.add(new GoldSpan(span[0], span[1], null));
            }
        }
        List<GoldSpan> times = new ArrayList<>();
        LocalDate dct = null;
        for (Element m : children(markables, "TIMEX3")) {
            int[] span = span(m, offsets);
            if ("CREATION_TIME".equals(m.getAttribute("functionInDocument"))) {
                dct = TimeMl.date(m.getAttribute("value"));
                if (span != null) {
                    unscored.add(new GoldSpan(span[0], span[1], "dct"));
                }
            } else if (span != null && span[1] <= limit && !m.getAttribute("value").isEmpty()) {
                times.add(new GoldSpan(span[0], span[1], m.getAttribute("value")));
            }
        }
        GoldDocument gold = new GoldDocument(file.getFileName().toString(), text.toString(), dct, entities, chains,
                unscored, times, limit);
        return new WithEvents(gold, events(markables, relations, offsets, limit));
    }

    private static final Pattern LEADING_WORD = Pattern.compile("\\p{L}+");

    private static List<GoldEvent> events(Element markables, Element relations, Map<String, int[]> offsets, int limit) {
        Map<String, int[]> mentionSpans = new HashMap<>();
        for (Element m : children(markables, "ENTITY_MENTION")) {
            int[] span = span(m, offsets);
            if (span != null) {
                mentionSpans.put(m.getAttribute("m_id"), span);
            }
        }
        Map<String, Map<String, int[]>> roles = new HashMap<>();
        for (Element link : children(relations, "HAS_PARTICIPANT")) {
            List<Element> source = children(link, "source");
            List<Element> target = children(link, "target");
            if (source.isEmpty() || target.isEmpty()) {
                continue;
            }
            int[] span = mentionSpans.get(target.get(0).getAttribute("m_id"));
            if (span != null) {
                roles.computeIfAbsent(source.get(0).getAttribute("m_id"), k -> new HashMap<>())
                        .putIfAbsent(link.getAttribute("sem_role"), span);
            }
        }
        // Most mentions leave their pred empty: the lemma is then the descriptor of the event they refer to, its
        // first word ("announce" of "Announce-EHU").
        Map<String, String> descriptor = new HashMap<>();
        for (Element e : children(markables, "EVENT")) {
            Matcher word = LEADING_WORD.matcher(e.getAttribute("TAG_DESCRIPTOR"));
            if (word.lookingAt()) {
                descriptor.put(e.getAttribute("m_id"), word.group().toLowerCase(Locale.ROOT));
            }
        }
        Map<String, String> lemmaOfMention = new HashMap<>();
        for (Element refersTo : children(relations, "REFERS_TO")) {
            List<Element> target = children(refersTo, "target");
            String lemma = target.isEmpty() ? null : descriptor.get(target.get(0).getAttribute("m_id"));
            if (lemma != null) {
                children(refersTo, "source").forEach(src -> lemmaOfMention.put(src.getAttribute("m_id"), lemma));
            }
        }
        List<GoldEvent> events = new ArrayList<>();
        for (Element m : children(markables, "EVENT_MENTION")) {
            int[] span = span(m, offsets);
            if (span == null || span[1] > limit) {
                continue;
            }
            Map<String, int[]> r = roles.getOrDefault(m.getAttribute("m_id"), Map.of());
            String pred = m.getAttribute("pred").isEmpty()
                    ? lemmaOfMention.getOrDefault(m.getAttribute("m_id"), "") : m.getAttribute("pred");
            events.add(new GoldEvent(new GoldSpan(span[0], span[1], null), pred,
                    goldSpan(r.get("Arg0")), goldSpan(r.get("Argm-LOC")), "NEG".equals(m.getAttribute("polarity")),
                    "FUTURE".equals(m.getAttribute("time"))));
        }
        return events;
    }

    private static GoldSpan goldSpan(int[] span) {
        return span == null ? null : new GoldSpan(span[0], span[1], null);
    }

    private static int[] span(Element mention, Map<String, int[]> offsets) {
        int start = Integer.MAX_VALUE;
        int end = -1;
        for (Element anchor : children(mention, "token_anchor")) {
            int[] o = offsets.get(anchor.getAttribute("t_id"));
            if (o != null) {
                start = Math.min(start, o[0]);
                end = Math.max(end, o[1]);
            }
        }
        return end < 0 ? null : new int[] {start, end};
    }

    static List<Element> children(Element parent, String tag) {
        List<Element> list = new ArrayList<>();
        if (parent == null) {
            return list;
        }
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                list.add(e);
            }
        }
        return list;
    }
}
