package dateline.event;

import dateline.reading.Attribution;
import dateline.reading.EntityType;
import dateline.reading.Lexicon;
import dateline.reading.Quote;
import dateline.reading.Reading;
import dateline.reading.Sentence;
import dateline.reading.Timex;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Builds event frames from a reading: who did what, with whom, where, when, according to whom.
 *
 * <p>A trigger word (a verb such as "visited", or an event noun after a light verb: "held talks") fixes the type; the
 * dependency parse gives the frame around it: the subject is the agent, objects, "with" phrases, passive "by" phrases
 * and conjoined subjects are the counterparts, the nearest place entity in an "at / in / to" phrase (or the object of
 * "visit", "leave") is the place. The time is the clause's own time expression, else the sentence's, else the one the
 * paragraph last named for a past event ("arrived early on Saturday. He visited …"). Negation makes the polarity
 * negative; modals, "will" and planning verbs ("plans to", "is expected to") make the event planned.
 *
 * <p>Pure and thread-safe; the reading is not modified. Events come in text order with ids "v1", "v2", ….
 */
public final class EventExtractor {
    private static final int MAX_DEPTH = 4;

    /** The events of one reading. */
    public List<Event> extract(Reading reading) {
        Objects.requireNonNull(reading, "reading");
        Mentions mentions = new Mentions(reading.entities());
        String text = reading.article().text();
        LocalDate published = reading.article().published() == null ? null : reading.article().published().date();
        List<Event> events = new ArrayList<>();
        EventTimes.Dated carried = null;
        int previousEnd = 0;
        for (Sentence sentence : reading.sentences()) {
            if (paragraphBreak(text, previousEnd, sentence.start())) {
                carried = null;
            }
            previousEnd = sentence.end();
            if (sentence.dependencies().isEmpty()) {
                continue;
            }
            Parse parse = new Parse(sentence);
            List<Timex> times = EventTimes.dates(reading.times(), sentence);
            EventTimes.Dated sentenceTime = null;
            for (int i = 0; i < parse.size(); i++) {
                EventType type = trigger(parse, i);
                if (type == null) {
                    continue;
                }
                Frame f = frame(parse, i, type, mentions);
                if (type == EventType.STATEMENT && (f == null || f.agent == null)) {
                    // '"…," said the vice president and chairman of Chrysler LLC Jim Press': the parser may miss the
                    // inverted subject, which the quote's speaker already names.
                    String speaker = speakerOfQuoteBefore(reading.quotes(), text, sentence, parse.token(i).start());
                    if (speaker != null) {
                        f = f == null ? new Frame() : f;
                        f.agent = speaker;
                        f.with.remove(speaker);
                    }
                }
                if (f == null) {
                    continue;
                }
                Event.Status status = status(parse, i);
                EventTimes.Dated own = EventTimes.ownTime(parse, i, times);
                EventTimes.Dated time = own != null ? own : !times.isEmpty() ? EventTimes.nearest(times, parse.token(i).start()) : null;
                if (time == null && status == Event.Status.HAPPENED && EventTimes.isPast(parse, i)) {
                    time = carried;
                }
                if (time != null && published != null && status == Event.Status.HAPPENED
                        && time.date().isAfter(published)) {
                    status = Event.Status.PLANNED;    // a date after publication can only be a plan
                }
                if (own != null || (time != null && time != carried)) {
                    sentenceTime = time;
                }
                String id = "v" + (events.size() + 1);
                events.add(new Event(id, type, sentence.start(), sentence.end(),
                        text.substring(sentence.start(), sentence.end()), f.agent, List.copyOf(f.with), f.place,
                        time == null ? null : time.value(), time == null ? null : time.precision(),
                        sources(reading.attributions(), parse, i, mentions),
                        negated(parse, i) ? Event.Polarity.NEGATIVE : Event.Polarity.POSITIVE, status));
            }
            if (sentenceTime == null && times.size() == 1) {
                sentenceTime = EventTimes.Dated.of(times.get(0));     // a dated sentence without events still sets the scene
            }
            if (sentenceTime != null) {
                carried = sentenceTime;
            }
        }
        return events;
    }

    /** The speaker of a quote that closes in this sentence just before the speech verb at {@code verb}, or null. */
    private static String speakerOfQuoteBefore(List<Quote> quotes, String text, Sentence sentence, int verb) {
        for (Quote q : quotes) {
            if (q.speaker() != null && q.end() >= sentence.start() && q.end() <= verb
                    && text.substring(q.end(), verb).matches("[\\s,.!?\"'\u201D\u2019]*")) {
                return q.speaker();
            }
        }
        return null;
    }

    private static boolean paragraphBreak(String text, int from, int to) {
        return from < to && to <= text.length() && text.substring(from, to).indexOf('\n') >= 0;
    }

    // ---- triggers

    private static EventType trigger(Parse p, int i) {
        String lemma = p.lemma(i);
        if (p.isVerb(i)) {
            if (Triggers.LIGHT.contains(lemma)) {
                EventType fromNoun = lightNoun(p, i);
                if (fromNoun != null) {
                    return fromNoun;
                }
            }
            EventType t = Triggers.VERBS.get(lemma);
            if (t == null || quotesAsSaying(p, i)) {
                return null;
            }
            // "the so-called", "a stated aim": participles used as adjectives state nothing
            return t == EventType.STATEMENT && p.relation(i).equals("amod") ? null : t;
        }
        if (p.isNoun(i) && Triggers.NOUNS.containsKey(lemma) && !Triggers.LIGHT_ONLY_NOUNS.contains(lemma)) {
            int h = p.head(i);
            boolean afterLight = h >= 0 && p.isVerb(h) && Triggers.LIGHT.contains(p.lemma(h))
                    && (p.relation(i).equals("obj") || p.relation(i).startsWith("obl"));
            return afterLight ? null : Triggers.NOUNS.get(lemma);
        }
        return null;
    }

    private static EventType lightNoun(Parse p, int verb) {
        for (int c : p.children(verb)) {
            if ((p.relation(c).equals("obj") || p.relation(c).startsWith("obl")) && p.isNoun(c)) {
                EventType t = Triggers.NOUNS.get(p.lemma(c));
                if (t != null && Triggers.lightFits(p.lemma(verb), p.lemma(c))) {
                    return t;
                }
            }
        }
        return null;
    }

    // ---- frames

    private static final class Frame {
        String agent;
        final Set<String> with = new LinkedHashSet<>();
        String place;
    }

    private static Frame frame(Parse p, int t, EventType type, Mentions m) {
        Frame f = new Frame();
        int subject = subject(p, t);
        boolean passive = !p.children(t, "nsubj:pass").isEmpty();
        List<String> subjects = subject < 0 ? new ArrayList<>() : m.entitiesOfPhrase(p, subject);
        List<String> byAgents = new ArrayList<>();
        for (int c : p.children(t)) {
            String rel = p.relation(c);
            if ((rel.equals("obl:agent") || rel.startsWith("obl") && p.caseOf(c).equals("by")) && passive) {
                byAgents.addAll(m.entitiesOfPhrase(p, c));
            }
        }
        boolean symmetric = type == EventType.MEET || type == EventType.TALKS;
        if (passive && !byAgents.isEmpty() && !symmetric) {
            f.agent = byAgents.get(0);
            f.with.addAll(byAgents.subList(1, byAgents.size()));
            f.with.addAll(subjects);
        } else {
            subjects.removeIf(e -> !m.canAct(e));
            if (subjects.isEmpty() && subject >= 0 && p.isNoun(subject)) {
                subjects.addAll(actingFor(p, subject, m));
            }
            if (!subjects.isEmpty()) {
                f.agent = subjects.get(0);
                f.with.addAll(subjects.subList(1, subjects.size()));
            }
            f.with.addAll(byAgents);
        }
        if (p.isNoun(t) && f.agent == null) {
            for (int c : p.children(t, "nmod:poss")) {
                List<String> owners = m.entitiesOfPhrase(p, c);
                if (!owners.isEmpty()) {
                    f.agent = owners.get(0);
                    f.with.addAll(owners.subList(1, owners.size()));
                }
            }
        }
        int light = p.isVerb(t) ? lightNounToken(p, t) : -1;
        List<Integer> heads = new ArrayList<>(List.of(t));
        if (light >= 0) {
            heads.add(light);
        }
        for (int h : heads) {
            for (int c : p.children(h)) {
                String rel = p.relation(c);
                String prep = p.caseOf(c);
                boolean counterpart = rel.equals("obj") || rel.equals("iobj")
                        || (rel.startsWith("obl") || rel.startsWith("nmod")) && (prep.equals("with") || prep.equals("between"));
                if (!counterpart) {
                    continue;
                }
                for (String e : m.entitiesOfPhrase(p, c)) {
                    EntityType et = m.type(e);
                    if (et == EntityType.PERSON || et == EntityType.ORGANIZATION
                            || et == EntityType.LOCATION && prep.equals("with")) {
                        f.with.add(e);
                    }
                }
            }
        }
        f.place = place(p, t, type, m, heads);
        // "arrived in Buenos Aires and held talks with X": the second verb happens where the first did.
        if (f.place == null && p.relation(t).equals("conj") && p.isVerb(t) && p.isVerb(p.head(t)) && !p.hasSubject(t)) {
            int first = p.head(t);
            EventType firstType = trigger(p, first);
            if (firstType != null && firstType != EventType.DEPART) {
                f.place = place(p, first, firstType, m, List.of(first));
            }
        }
        if (f.agent != null) {
            f.with.remove(f.agent);
        }
        if (f.place != null) {
            f.with.remove(f.place);
        }
        boolean needsPlace = Triggers.NEEDS_PLACE.contains(p.lemma(t)) && light < 0;
        if (needsPlace && f.place == null) {
            return null;
        }
        if (f.agent == null && f.place == null && f.with.isEmpty()) {
            return null;
        }
        return f;
    }

    /** Bodies and people that speak and act for whoever owns them: "Obama's administration", "Apple's lawyers". */
    private static final Set<String> SPEAK_FOR = Lexicon.standard().words("speak-for");

    /**
     * "Officials from China agreed", "executives at GM said": people named only by what they are act for the
     * organisation or country they are from, of or at; "Obama's administration said" speaks for Obama.
     */
    private static List<String> actingFor(Parse p, int noun, Mentions m) {
        List<String> out = new ArrayList<>();
        for (int c : p.children(noun)) {
            boolean of = p.relation(c).startsWith("nmod") && Set.of("from", "of", "at").contains(p.caseOf(c));
            if (of || p.relation(c).equals("nmod:poss") && SPEAK_FOR.contains(p.lemma(noun))) {
                for (String e : m.entitiesOfPhrase(p, c)) {
                    if (m.canAct(e)) {
                        out.add(e);
                    }
                }
            }
        }
        return out;
    }

    private static int lightNounToken(Parse p, int verb) {
        if (!Triggers.LIGHT.contains(p.lemma(verb))) {
            return -1;
        }
        for (int c : p.children(verb)) {
            if ((p.relation(c).equals("obj") || p.relation(c).startsWith("obl")) && Triggers.NOUNS.containsKey(p.lemma(c))
                    && Triggers.lightFits(p.lemma(verb), p.lemma(c))) {
                return c;
            }
        }
        return -1;
    }

    /**
     * "TASS quoted Peskov as saying": the one quoted says it (TASS only reports it); the object of "quoted" for the
     * token of "saying", else -1.
     */
    private static int quotedAsSaying(Parse p, int t) {
        int gov = p.head(t);
        if (gov < 0 || !p.lemma(t).equals("say") || !Set.of("quote", "cite").contains(p.lemma(gov))
                || p.children(t).stream().noneMatch(c -> p.lemma(c).equals("as"))) {
            return -1;
        }
        for (int c : p.children(gov, "obj")) {
            return c;
        }
        return -1;
    }

    /** "TASS quoted Peskov as saying": the verb of quoting is the report, not a statement of its own. */
    private static boolean quotesAsSaying(Parse p, int t) {
        for (int c : p.children(t)) {
            if (quotedAsSaying(p, c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The subject of a clause, borrowed from the governing clause when it has none ("arrived and visited"). */
    private static int subject(Parse p, int t) {
        int quoted = quotedAsSaying(p, t);
        if (quoted >= 0) {
            return quoted;
        }
        int at = t;
        for (int hops = 0; at >= 0 && hops < 4; hops++) {
            for (int c : p.children(at)) {
                if (p.relation(c).startsWith("nsubj")) {
                    String pos = p.pos(c);
                    if ((pos.equals("WDT") || pos.equals("WP")) && p.relation(at).equals("acl:relcl")) {
                        return p.head(at);   // "the leader who visited": the relative pronoun is the noun
                    }
                    return c;
                }
            }
            String rel = p.relation(at);
            // "…, saying that": a participle the parser leaves as a bare dependent is still the clause's own.
            boolean participle = rel.equals("dep") && p.pos(at).equals("VBG");
            if (!(rel.equals("xcomp") || rel.equals("conj") || rel.startsWith("advcl") || rel.startsWith("acl")
                    || rel.equals("ccomp") && at != t || participle)) {
                return -1;
            }
            at = p.head(at);
        }
        return -1;
    }

    /**
     * The most specific place reached from the trigger through its own phrases, not through other clauses: shallow
     * before deep, geocoded before not, what an event happens at before the region that contains it.
     */
    private static String place(Parse p, int t, EventType type, Mentions m, List<Integer> heads) {
        // "the airport where he was met": the relative clause happens at the noun it modifies.
        if (p.relation(t).equals("acl:relcl") && p.hasChildLemma(t, "advmod", Set.of("where"))) {
            List<String> at = m.placesOfPhrase(p, p.head(t));
            if (!at.isEmpty()) {
                return at.get(0);
            }
        }
        String best = null;
        double bestRank = Double.MAX_VALUE;
        Deque<int[]> queue = new ArrayDeque<>();     // token, depth, container (0/1)
        Set<Integer> seen = new HashSet<>();
        for (int h : heads) {
            queue.add(new int[]{h, 0, 0});
            seen.add(h);
        }
        while (!queue.isEmpty()) {
            int[] cur = queue.poll();
            int tok = cur[0];
            if (!heads.contains(tok)) {
                String e = m.entityAt(p, tok);
                if (e != null && m.isPlace(e)) {
                    double rank = cur[1] + 0.5 * cur[2] + (m.hasGeo(e) ? 0 : 10)
                            + (m.type(e) == EntityType.FACILITY ? -0.25 : 0);
                    if (rank < bestRank) {
                        bestRank = rank;
                        best = e;
                    }
                }
            }
            if (cur[1] >= MAX_DEPTH) {
                continue;
            }
            for (int c : p.children(tok)) {
                String rel = p.relation(c);
                if (Triggers.OTHER_CLAUSES.contains(rel) && !(rel.equals("conj") && !p.isVerb(c))
                        || rel.equals("obl:tmod") || rel.startsWith("advcl") && p.hasSubject(c)
                        || rel.startsWith("nsubj")) {
                    continue;
                }
                String prep = p.caseOf(c);
                boolean away = Triggers.AWAY.contains(prep) && !(type == EventType.DEPART && prep.equals("from"))
                        || Triggers.AWAY_HEADS.contains(p.lemma(c))
                        || type == EventType.DEPART && prep.equals("to");
                if (away || !seen.add(c)) {
                    continue;
                }
                // A nominal in "in X" under a noun is the region around the thing: less specific.
                int container = !heads.contains(tok) && p.isNoun(tok) && Triggers.AT.contains(prep) ? 1 : cur[2];
                queue.add(new int[]{c, cur[1] + 1, container});
            }
        }
        return best;
    }

    // ---- status, polarity, sources

    private static Event.Status status(Parse p, int t) {
        for (int c : p.children(t)) {
            String rel = p.relation(c);
            if ((rel.startsWith("aux") || rel.equals("advmod")) && Triggers.MODALS.contains(p.lemma(c))) {
                return Event.Status.PLANNED;
            }
            if (rel.equals("mark") && p.lemma(c).equals("if")) {
                return Event.Status.PLANNED;
            }
            if (rel.equals("amod") && Triggers.PLANNED_ADJECTIVES.contains(p.lemma(c))) {
                return Event.Status.PLANNED;
            }
        }
        int h = p.head(t);
        if (h >= 0 && p.relation(t).equals("xcomp")) {
            if (Triggers.PLANNING.contains(p.lemma(h))) {
                return Event.Status.PLANNED;
            }
            for (int c : p.children(h)) {
                if (p.relation(c).startsWith("aux") && Triggers.MODALS.contains(p.lemma(c))) {
                    return Event.Status.PLANNED;
                }
            }
        }
        // An event noun inherits the mood of the verb it is the object of: "will hold talks", "plans a visit".
        if (h >= 0 && p.isNoun(t) && (p.relation(t).equals("obj") || p.relation(t).startsWith("obl"))) {
            if (Triggers.PLANNING.contains(p.lemma(h)) && !p.lemma(h).equals("be") || status(p, h) == Event.Status.PLANNED) {
                return Event.Status.PLANNED;
            }
        }
        if (p.hasChildLemma(t, "advmod", Triggers.HEDGES)
                || h >= 0 && p.relation(t).equals("ccomp") && Triggers.CLAIMING.contains(p.lemma(h))) {
            return Event.Status.REPORTED;
        }
        return Event.Status.HAPPENED;
    }

    private static boolean negated(Parse p, int t) {
        for (int c : p.children(t)) {
            String rel = p.relation(c);
            if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("det")) && Triggers.NEGATIONS.contains(p.lemma(c))) {
                return true;
            }
            // "No agreements were signed", "signed no agreements"
            if ((rel.startsWith("nsubj:pass") || rel.equals("obj")) && p.hasChildLemma(c, "det", Set.of("no"))) {
                return true;
            }
        }
        int h = p.head(t);
        if (h >= 0 && p.relation(t).equals("xcomp")) {
            return Triggers.NEGATING.contains(p.lemma(h)) || p.hasChildLemma(h, "advmod", Triggers.NEGATIONS);
        }
        return false;
    }

    /** The chain the event is told through: the attribution around it, or who quoted its speaker as saying it. */
    private static List<String> sources(List<Attribution> attributions, Parse p, int t, Mentions m) {
        List<String> told = sources(attributions, p.token(t).start());
        if (told.isEmpty() && quotedAsSaying(p, t) >= 0) {
            for (int c : p.children(p.head(t), "nsubj")) {
                return m.entitiesOfPhrase(p, c);
            }
        }
        return told;
    }

    private static List<String> sources(List<Attribution> attributions, int offset) {
        Attribution best = null;
        for (Attribution a : attributions) {
            if (a.start() <= offset && offset < a.end() && (best == null || a.end() - a.start() < best.end() - best.start())) {
                best = a;
            }
        }
        return best == null ? List.of() : best.sources();
    }
}
