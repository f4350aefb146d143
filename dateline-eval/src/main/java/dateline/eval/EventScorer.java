package dateline.eval;

import dateline.event.Event;
import dateline.event.EventType;
import dateline.reading.Entity;
import dateline.reading.Reading;
import dateline.reading.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores event frames against MEANTIME where the two line up: gold event mentions whose predicate is one Dateline has
 * a type for ({@link EventType#ofPredicate}), in the annotated sentences. A system frame matches a gold mention of
 * the same type whose anchor lies in the frame's evidence sentence (one to one, in text order). On the matched pairs,
 * the agent is right when a mention of the frame's agent overlaps the gold Arg0 (or neither has one), the place when
 * a mention of the frame's place overlaps the gold Argm-LOC (or neither has one), the polarity when both are negative
 * or both positive, and the status when "planned" agrees with the gold's future time.
 */
public final class EventScorer {
    private EventScorer() {
    }

    /** Counts over documents; {@link #frames} is detection, the rest accuracy on matched frames. */
    public record Counts(Prf frames, int agentRight, int placeRight, int polarityRight, int statusRight, int matched) {
        public static final Counts ZERO = new Counts(Prf.ZERO, 0, 0, 0, 0, 0);

        public Counts plus(Counts o) {
            return new Counts(frames.plus(o.frames), agentRight + o.agentRight, placeRight + o.placeRight,
                    polarityRight + o.polarityRight, statusRight + o.statusRight, matched + o.matched);
        }

        public double share(int right) {
            return matched == 0 ? 0 : (double) right / matched;
        }
    }

    public static Counts score(Meantime.WithEvents gold, Reading reading, List<Event> events) {
        return score(gold, reading, events, line -> { });
    }

    /** The counts, and to {@code misses} a line for each gold mention missed and each frame matching none. */
    public static Counts score(Meantime.WithEvents gold, Reading reading, List<Event> events,
                               Consumer<String> misses) {
        int limit = gold.gold().limit();
        List<Meantime.GoldEvent> golds = new ArrayList<>();
        for (Meantime.GoldEvent g : gold.events()) {
            if (EventType.ofPredicate(g.pred()) != null) {
                golds.add(g);
            }
        }
        List<Event> system = events.stream().filter(e -> e.start() < limit).toList();
        Map<String, Entity> entities = new HashMap<>();
        reading.entities().forEach(e -> entities.put(e.id(), e));
        Set<Meantime.GoldEvent> used = new HashSet<>();
        int matched = 0;
        int agent = 0;
        int place = 0;
        int polarity = 0;
        int status = 0;
        String text = gold.gold().text();
        for (Event e : system) {
            boolean found = false;
            for (Meantime.GoldEvent g : golds) {
                if (used.contains(g) || EventType.ofPredicate(g.pred()) != e.type()
                        || g.anchor().start() < e.start() || g.anchor().end() > e.end()) {
                    continue;
                }
                found = true;
                used.add(g);
                matched++;
                agent += sameParticipant(g.agent(), entities.get(e.agent())) ? 1 : 0;
                place += sameParticipant(g.place(), entities.get(e.place())) ? 1 : 0;
                polarity += g.negative() == (e.polarity() == Event.Polarity.NEGATIVE) ? 1 : 0;
                status += g.future() == (e.status() == Event.Status.PLANNED) ? 1 : 0;
                break;
            }
            if (!found) {
                misses.accept(gold.gold().name() + "\tspurious " + e.type() + "\t" + e.text().replace('\n', ' '));
            }
        }
        for (Meantime.GoldEvent g : golds) {
            if (!used.contains(g)) {
                misses.accept(gold.gold().name() + "\tmissed " + EventType.ofPredicate(g.pred()) + " (" + g.pred()
                        + ")\t" + text.substring(g.anchor().start(), g.anchor().end()) + "\t"
                        + sentenceAround(text, g.anchor().start()));
            }
        }
        return new Counts(new Prf(matched, system.size(), matched, golds.size()), agent, place, polarity, status, matched);
    }

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s|\\n");

    private static String sentenceAround(String text, int at) {
        int from = 0;
        Matcher m = SENTENCE_END.matcher(text);
        while (m.find() && m.end() <= at) {
            from = m.end();
        }
        int to = m.find(at) ? m.end() : text.length();
        return text.substring(from, to).strip();
    }

    private static boolean sameParticipant(GoldSpan gold, Entity entity) {
        if (gold == null || entity == null) {
            return gold == null && entity == null;
        }
        for (Span m : entity.mentions()) {
            if (gold.overlaps(m.start(), m.end())) {
                return true;
            }
        }
        return false;
    }
}
