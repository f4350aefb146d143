package dateline.reading;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * News-style coreference: merges the typer's one-mention entities into one entity per thing. Name variants (a surname
 * or given name for the full name, "Vostochny" for "Vostochny Spaceport"), acronyms in parentheses ("Korean Central
 * News Agency (KCNA)"), role titles before a name ("North Korean leader Kim Jong Un") and in apposition, later role
 * phrases ("the North Korean leader", "the spokesman", "the news agency") to the entity holding that role, and
 * he/she/his/her to the subject-most person of the sentence or the one before. Entities are numbered e1, e2, … in
 * order of first mention.
 */
final class Coreferencer {
    /** Nouns of roles people hold. */
    static final Set<String> PERSON_ROLES = Set.of("leader", "president", "premier", "minister", "spokesman",
            "spokeswoman", "spokesperson", "secretary", "chancellor", "king", "queen", "prince", "princess", "governor",
            "mayor", "senator", "general", "commander", "chairman", "chairwoman", "chair", "director", "chief", "ceo",
            "ambassador", "envoy", "prosecutor", "judge", "lawmaker", "congressman", "congresswoman", "emperor", "pope",
            "dictator", "founder", "coach", "captain", "admiral", "marshal", "diplomat", "negotiator", "aide", "adviser",
            "advisor", "candidate", "deputy", "representative", "executive", "monarch", "sheikh", "patriarch");
    /** Nouns of the kinds of organisation that news refers back to: "the agency said". */
    static final Set<String> ORGANIZATION_ROLES = Set.of("agency", "newspaper", "broadcaster", "outlet", "channel",
            "company", "firm", "ministry", "group", "daily", "paper", "network", "corporation", "bank", "airline");
    private static final Set<String> NEWS_ROLES = Set.of("agency", "newspaper", "broadcaster", "outlet", "channel",
            "daily", "paper", "network");
    /** Nouns by which business news refers back to the company it is about. */
    private static final Set<String> BUSINESS_ROLES = Set.of("company", "firm", "corporation", "group", "airline",
            "bank");
    private static final Set<String> NAME_HEADS = new HashSet<>();

    static {
        NAME_HEADS.addAll(EntityTyper.FACILITY_HEADS);
        NAME_HEADS.addAll(EntityTyper.PLACE_NOUNS);
        NAME_HEADS.addAll(EntityTyper.ORGANIZATION_HEADS);
        NAME_HEADS.addAll(EntityTyper.ORGANIZATION_NAME_ENDS);
        NAME_HEADS.addAll(EntityTyper.LEGAL_FORMS); // "Chrysler" is "Chrysler LLC"
    }

    private static final Pattern ACRONYM = Pattern.compile("(?U)^\\s*\\(\\s*(\\p{Lu}[\\p{L}&]*\\p{Lu}[\\p{L}]*)\\s*\\)");

    /** A thing being built: its names, mentions, roles and acronyms. */
    private static final class Cluster {
        final List<Span> names = new ArrayList<>();      // proper-name mentions
        final List<EntityType> types = new ArrayList<>(); // their types, in step with names
        final List<Span> others = new ArrayList<>();     // role phrases and pronouns
        final List<String> aliases = new ArrayList<>();  // acronyms and role phrases
        final List<String> acronyms = new ArrayList<>(); // given in parentheses after a name: "(SRTF)"
        final List<String[]> roles = new ArrayList<>();  // {head, modifiers...}, lowercase
        Cluster into;                                     // merged into another cluster

        Cluster root() {
            Cluster c = this;
            while (c.into != null) {
                c = c.into;
            }
            return c;
        }
    }

    Reading resolve(Reading r) {
        String text = r.article().text();
        List<Cluster> all = new ArrayList<>();
        Map<String, Cluster> byName = new LinkedHashMap<>();
        Map<Span, Cluster> ofMention = new LinkedHashMap<>();
        List<Span> titles = new ArrayList<>();
        for (Entity m : r.entities()) {
            Span span = m.mentions().get(0);
            if (m.type() == EntityType.PERSON && EntityTyper.isTitle(m.name())) {
                titles.add(span); // "the Foreign Secretary": a role of a person, resolved once names are known
                continue;
            }
            Cluster c = byName.get(key(m.name()));
            if (c == null) {
                c = new Cluster();
                all.add(c);
                byName.put(key(m.name()), c);
            }
            c.names.add(span);
            c.types.add(m.type());
            ofMention.put(span, c);
        }
        // Acronyms in parentheses right after a name.
        for (Map.Entry<Span, Cluster> e : new ArrayList<>(ofMention.entrySet())) {
            Matcher a = ACRONYM.matcher(text.substring(e.getKey().end(), Math.min(text.length(), e.getKey().end() + 16)));
            if (!a.find()) {
                continue;
            }
            Cluster owner = e.getValue().root();
            Cluster acr = byName.get(key(a.group(1)));
            if (acr != null && acr.root() != owner) {
                merge(acr.root(), owner);
            } else if (acr == null) {
                int s = e.getKey().end() + a.start(1);
                Span sp = new Span(s, s + a.group(1).length());
                owner.others.add(sp);
                byName.put(key(a.group(1)), owner);
            }
            owner.aliases.add(a.group(1));
            owner.acronyms.add(a.group(1));
        }
        mergeNameVariants(text, all);
        mergeCountries(text, all);
        Tokens tokens = new Tokens(r);
        propagate(text, tokens, all, ofMention, titles);
        collectTitles(text, tokens, ofMention);
        attachTitles(text, tokens, titles, ofMention, all);
        resolvePhrases(text, tokens, ofMention, all);
        return new Reading(r.article(), r.sentences(), entities(text, all), r.times(), r.quotes(), r.attributions());
    }

    /** Names of one country: "DPRK" and "North Korea", "Britain" and "the UK". The fullest name's cluster keeps them. */
    private static void mergeCountries(String text, List<Cluster> all) {
        Map<String, Cluster> byCode = new HashMap<>();
        for (Cluster c : all) {
            Cluster root = c.root();
            EntityType type = type(text, root);
            if (c.into != null || type != EntityType.LOCATION && type != EntityType.ORGANIZATION) {
                continue;
            }
            String code = Countries.code(name(text, root));
            if (code == null) {
                continue;
            }
            Cluster other = byCode.putIfAbsent(code, root);
            if (other != null && other != root) {
                boolean fuller = words(name(text, root)).length > words(name(text, other)).length;
                Cluster into = fuller ? root : other;
                if (type(text, into) == EntityType.LOCATION) { // the country's name types it, not its acronym's tag
                    merge(fuller ? other : root, into);
                    byCode.put(code, into);
                }
            }
        }
    }

    /** "Kim" → "Kim Jong Un" (a given or family name of a person), "Vostochny" → "Vostochny Spaceport". */
    private static void mergeNameVariants(String text, List<Cluster> all) {
        for (Cluster a : all) {
            if (a.into != null || type(text, a) == EntityType.PRODUCT) {
                continue;
            }
            String[] short_ = words(name(text, a));
            Cluster best = null;
            int bestAt = Integer.MAX_VALUE;
            for (Cluster b : all) {
                if (b == a || b.root() == a.root() || type(text, b.root()) == EntityType.PRODUCT) {
                    continue;
                }
                String[] long_ = words(name(text, b.root()));
                // "Edmunds" → "Edmunds.com": a site named by its address is the company of that name.
                boolean site = long_.length == 1 && short_.length == 1 && long_[0].startsWith(short_[0] + ".")
                        && WEB_SUFFIX.matcher(long_[0].substring(short_[0].length())).matches();
                if (long_.length <= short_.length && !b.root().acronyms.contains(short_[0]) && !site) {
                    continue;
                }
                // "Sawyer" and "Hawk Sawyer" → "Kathleen Hawk Sawyer"
                boolean person = type(text, b.root()) == EntityType.PERSON && (short_.length == 1
                        && (long_[0].equals(short_[0]) || long_[long_.length - 1].equals(short_[0]))
                        || type(text, a) == EntityType.PERSON && endsWith(long_, short_));
                // "Vostochny" → "Vostochny Spaceport", but a place is not its government ("UK" ↛ "UK Government")
                // and a company is not its plant ("Airbus" ↛ "Airbus factory", but "Vostochny" → "Vostochny Spaceport").
                EntityType shortType = type(text, a), longType = type(text, b.root());
                boolean headed = startsWith(long_, short_) && restAreHeads(long_, short_.length)
                        && !(shortType == EntityType.LOCATION && longType == EntityType.ORGANIZATION)
                        && !(shortType == EntityType.PERSON && longType != EntityType.PERSON) // "Andy Warhol Foundation"
                        && !(shortType == EntityType.ORGANIZATION && longType == EntityType.FACILITY
                        && EntityTyper.isLowerWord(long_[long_.length - 1]));
                // "the KnAAZ plant" → the plant whose acronym is KnAAZ.
                boolean acronymHeaded = short_.length > 1 && b.root().acronyms.contains(short_[0])
                        && restAreHeads(short_, 1) && shortType == longType;
                if (person || headed || acronymHeaded || site) {
                    int at = Math.abs(b.names.get(0).start() - a.names.get(0).start());
                    if (at < bestAt) {
                        best = b.root();
                        bestAt = at;
                    }
                }
            }
            if (best != null) {
                merge(a, best);
            }
        }
    }

    /**
     * Occurrences of a known name that the tagger left untagged ("Jobs" once "Steve Jobs" is known, "Apple" in a
     * headline, "the SRTF" once "Syria Recovery Trust Fund (SRTF)" is known): same spelling, proper-noun tags, not
     * inside another mention.
     */
    private static void propagate(String text, Tokens tokens, List<Cluster> all, Map<Span, Cluster> ofMention,
                                  List<Span> titles) {
        Map<String, Cluster> known = new HashMap<>();
        for (Cluster c : all) {
            Cluster root = c.root();
            EntityType type = type(text, root);
            c.acronyms.forEach(a -> known.putIfAbsent(a, root));
            for (Span s : c.names) {
                String n = text.substring(s.start(), s.end());
                known.putIfAbsent(n, root);
                String[] w = words(n);
                if (type == EntityType.PERSON && w.length > 1 && w[w.length - 1].length() > 2) {
                    known.putIfAbsent(w[w.length - 1], root);
                }
            }
        }
        BitSet covered = new BitSet(text.length());
        ofMention.keySet().forEach(s -> covered.set(s.start(), s.end()));
        all.forEach(c -> c.others.forEach(s -> covered.set(s.start(), s.end()))); // acronyms in parentheses
        titles.forEach(s -> covered.set(s.start(), s.end())); // "Canada" in "Prime Minister of Canada"
        for (int si = 0; si < tokens.sentences(); si++) {
            List<Token> t = tokens.sentence(si).tokens();
            for (int k = 0; k < t.size(); k++) {
                for (int len = Math.min(4, t.size() - k); len >= 1; len--) {
                    int start = t.get(k).start(), end = t.get(k + len - 1).end();
                    Cluster c = known.get(text.substring(start, end));
                    if (c == null || !covered.get(start, end).isEmpty() || !allProper(t, k, k + len)) {
                        continue;
                    }
                    Cluster root = c.root();
                    EntityType type = type(text, root);
                    root.names.add(new Span(start, end));
                    root.types.add(type);
                    ofMention.put(new Span(start, end), root);
                    covered.set(start, end);
                    k += len - 1;
                    break;
                }
            }
        }
    }

    /** Proper nouns, or acronyms whatever their tag: the tagger reads "ISIL" in "ISIL tactical units" as an adjective. */
    private static boolean allProper(List<Token> t, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = t.get(i).word();
            if (!t.get(i).pos().startsWith("NNP") && !w.equals("-") && !EntityTyper.isCapsWord(w)) {
                return false;
            }
        }
        return true;
    }

    /** Role titles before a person's name ("Russian President Vladimir Putin") and in apposition after it. */
    private static void collectTitles(String text, Tokens tokens, Map<Span, Cluster> ofMention) {
        for (Map.Entry<Span, Cluster> e : ofMention.entrySet()) {
            Cluster c = e.getValue().root();
            if (type(text, c) != EntityType.PERSON) {
                continue;
            }
            int[] at = tokens.at(e.getKey().start());
            if (at == null) {
                continue;
            }
            List<Token> t = tokens.sentence(at[0]).tokens();
            int k = at[1] - 1;
            if (k >= 0 && PERSON_ROLES.contains(EntityTyper.lower(t.get(k)))) {
                int from = k;
                while (from > 0 && isTitleWord(t.get(from - 1)) && from > k - 4) {
                    from--;
                }
                addRole(text, c, t, from, k);
            }
            // Apposition: "Dmitry Peskov, the Kremlin spokesman, said".
            int[] end = tokens.at(e.getKey().end() - 1);
            if (end == null || end[0] != at[0]) {
                continue;
            }
            int j = end[1] + 1;
            if (j + 2 < t.size() && t.get(j).word().equals(",")) {
                int from = j + 1;
                if (isDeterminer(t.get(from))) {
                    from++;
                }
                for (int h = from; h < Math.min(t.size(), from + 5); h++) {
                    if (PERSON_ROLES.contains(EntityTyper.lower(t.get(h))) && h + 1 < t.size()
                            && !t.get(h + 1).pos().startsWith("NN")) {
                        addRole(text, c, t, from, h);
                        break;
                    }
                    if (!isTitleWord(t.get(h)) && !t.get(h).pos().startsWith("JJ") && !t.get(h).pos().startsWith("NN")) {
                        break;
                    }
                }
            }
        }
    }

    /**
     * Capitalised titles ("Minister for the Middle East", "the President of Syria") as mentions of their holder: the
     * person named right after the title or in apposition before it, else the person already known to hold that
     * office. A title no named person holds stays an entity of its own, one per distinct title.
     */
    private static void attachTitles(String text, Tokens tokens, List<Span> titles, Map<Span, Cluster> ofMention,
                                     List<Cluster> all) {
        Map<String, Cluster> unheld = new HashMap<>();
        for (Span title : titles) {
            int[] first = tokens.at(title.start());
            int[] last = tokens.at(title.end() - 1);
            if (first == null || last == null || first[0] != last[0]) {
                continue;
            }
            List<Token> t = tokens.sentence(first[0]).tokens();
            int head = first[1];
            for (int k = first[1]; k <= last[1] && !Set.of("of", "for").contains(t.get(k).word()); k++) {
                head = k;
            }
            Cluster holder = null;
            for (Map.Entry<Span, Cluster> e : ofMention.entrySet()) {
                Span name = e.getKey();
                String between = name.start() >= title.end() ? text.substring(title.end(), name.start())
                        : name.end() <= title.start() ? text.substring(name.end(), title.start()) : null;
                boolean next = between != null && name.start() >= title.end()
                        && (between.matches("\\s*,?\\s*") || moreTitles(between));
                boolean apposed = between != null && name.end() <= title.start() && between.matches("\\s*,\\s*(the\\s+)?");
                if ((next || apposed) && type(text, e.getValue().root()) == EntityType.PERSON) {
                    holder = e.getValue().root();
                    break;
                }
            }
            if (holder != null) {
                addRole(text, holder, t, first[1], head);
            } else {
                holder = holder(text, all, t, first[1], head);
            }
            String phrase = text.substring(title.start(), title.end());
            if (holder != null) {
                holder.others.add(title);
                holder.aliases.add(phrase);
            } else {
                holder = unheld.computeIfAbsent(key(phrase.replaceFirst("^(?i)the\\s+", "")), k -> {
                    Cluster c = new Cluster();
                    all.add(c);
                    return c;
                });
                holder.names.add(title);
                holder.types.add(EntityType.PERSON);
            }
            ofMention.put(title, holder);
        }
    }

    /** "…, CEO and president …": only titles, commas and "and" between a title and the name they all lead to. */
    private static boolean moreTitles(String between) {
        String[] words = between.strip().toLowerCase(Locale.ROOT).split("[\\s,]+");
        boolean title = false;
        for (String w : words) {
            if (PERSON_ROLES.contains(w) || RANKS.contains(w)) {
                title = true;
            } else if (!w.equals("and")) {
                return false;
            }
        }
        return title && between.matches("(?s)\\s*(?:,|and\\b).*");
    }

    /**
     * Role phrases not attached to a name ("the North Korean Leader", "DPRK leader", "the spokesman", "the news
     * agency") and personal pronouns, in text order, each resolved to the entity it refers back to.
     */
    private static void resolvePhrases(String text, Tokens tokens, Map<Span, Cluster> ofMention, List<Cluster> all) {
        Map<Integer, Cluster> mentionAt = new LinkedHashMap<>();
        Map<Integer, Integer> mentionEnd = new LinkedHashMap<>();
        ofMention.forEach((s, c) -> {
            mentionAt.put(s.start(), c);
            mentionEnd.put(s.start(), s.end());
        });
        List<int[]> persons = new ArrayList<>();   // {sentence, token} of person mentions so far
        List<Cluster> personOf = new ArrayList<>();
        List<Cluster> reporters = new ArrayList<>(); // organisations that reported or were cited, latest last
        List<Integer> organisations = new ArrayList<>();   // sentence of each organisation mention so far
        List<Cluster> organisationOf = new ArrayList<>();
        for (int si = 0; si < tokens.sentences(); si++) {
            List<Token> t = tokens.sentence(si).tokens();
            for (int k = 0; k < t.size(); k++) {
                Cluster named = mentionAt.get(t.get(k).start());
                if (named != null) {
                    Cluster c = named.root();
                    EntityType type = type(text, c);
                    if (type == EntityType.PERSON) {
                        persons.add(new int[]{si, k});
                        personOf.add(c);
                    } else if (type == EntityType.ORGANIZATION) {
                        organisations.add(si);
                        organisationOf.add(c);
                        if (reports(t, k)) {
                            reporters.remove(c);
                            reporters.add(c);
                        }
                    }
                    int end = mentionEnd.get(t.get(k).start());
                    while (k + 1 < t.size() && t.get(k + 1).start() < end) {
                        k++;
                    }
                    continue;
                }
                String w = EntityTyper.lower(t.get(k));
                if (t.get(k).pos().startsWith("PRP") && Set.of("he", "him", "his", "she", "her").contains(w)) {
                    Cluster c = antecedent(si, persons, personOf);
                    if (c != null) {
                        c.others.add(new Span(t.get(k).start(), t.get(k).end()));
                        persons.add(new int[]{si, k});
                        personOf.add(c);
                    }
                    continue;
                }
                int head = rolePhrase(t, k, mentionAt);
                if (head < 0) {
                    continue;
                }
                int from = isDeterminer(t.get(k)) ? k + 1 : k;
                String role = EntityTyper.lower(t.get(head));
                Cluster c;
                if (PERSON_ROLES.contains(role)) {
                    c = holder(text, all, t, from, head);
                } else {
                    c = organisation(text, all, reporters, role);
                    if (c == null && BUSINESS_ROLES.contains(role)) {
                        c = latestOrganisation(si, organisations, organisationOf);
                    }
                }
                if (c != null) {
                    Span span = new Span(t.get(from).start(), t.get(head).end());
                    c.others.add(span);
                    c.aliases.add(text.substring(span.start(), span.end()));
                    if (type(text, c) == EntityType.PERSON) {
                        persons.add(new int[]{si, from});
                        personOf.add(c);
                    } else if (reports(t, head)) {
                        reporters.remove(c);
                        reporters.add(c);
                    }
                }
                k = head;
            }
        }
    }

    /** The end token of a role phrase starting at {@code k}: "the (Modifier)* role", "(Capitalised)+ role"; or -1. */
    private static int rolePhrase(List<Token> t, int k, Map<Integer, Cluster> mentionAt) {
        boolean det = isDeterminer(t.get(k)) && EntityTyper.lower(t.get(k)).equals("the");
        int h = det ? k + 1 : k;
        boolean capital = false;
        for (; h < t.size() && h < k + 6; h++) {
            Token x = t.get(h);
            String w = EntityTyper.lower(x);
            boolean role = PERSON_ROLES.contains(w) || ORGANIZATION_ROLES.contains(w);
            boolean last = h + 1 >= t.size() || !t.get(h + 1).pos().startsWith("NN") && !t.get(h + 1).pos().equals("POS");
            if (role && last) {
                // Not a title before a name ("President Putin"): that is a name mention's business.
                return det || capital ? h : -1;
            }
            if (!(x.pos().startsWith("JJ") || x.pos().startsWith("NN")) || x.word().equals("'s")) {
                return -1;
            }
            if (mentionAt.containsKey(x.start()) && (ORGANIZATION_ROLES.contains(lastNoun(t, h))
                    || mentionAt.get(x.start()).root().types.contains(EntityType.PERSON))) {
                return -1; // "the Yakovlev corporation" is a name, not a role; "the DPRK leader" is a role
            }
            capital |= Character.isUpperCase(x.word().charAt(0)) && h > k;
        }
        return -1;
    }

    /** The last of the nouns from token {@code h} on: the head of the noun phrase. */
    private static String lastNoun(List<Token> t, int h) {
        while (h + 1 < t.size() && t.get(h + 1).pos().startsWith("NN")) {
            h++;
        }
        return EntityTyper.lower(t.get(h));
    }

    /** The person who holds the role: same role noun, modifiers agreeing where given; the latest if several. */
    private static Cluster holder(String text, List<Cluster> all, List<Token> t, int from, int head) {
        String role = EntityTyper.lower(t.get(head));
        Set<String> mods = new HashSet<>();
        for (int i = from; i < head; i++) {
            mods.add(EntityTyper.lower(t.get(i)));
        }
        Cluster best = null;
        int bestScore = -1;
        for (Cluster c : all) {
            if (c.into != null) {
                continue;
            }
            for (String[] r : c.roles) {
                if (!r[0].equals(role) || !sameRank(mods, r)) {
                    continue;
                }
                int score = 0;
                for (int i = 1; i < r.length; i++) {
                    score += mods.contains(r[i]) ? 1 : 0;
                }
                if (score >= bestScore) {
                    best = c;
                    bestScore = score;
                }
            }
        }
        return best;
    }

    // Words that make another office of the same noun: the vice president is not the president.
    private static final Set<String> RANKS = Set.of("vice", "deputy", "assistant", "acting", "former", "interim",
            "associate", "co", "under");

    /** The phrase and the held role say the same of rank: both or neither are "vice", "deputy", "former", … */
    private static boolean sameRank(Set<String> mods, String[] role) {
        for (String rank : RANKS) {
            boolean held = false;
            for (int i = 1; i < role.length; i++) {
                held |= role[i].equals(rank);
            }
            if (held != mods.contains(rank)) {
                return false;
            }
        }
        return true;
    }

    /** "The news agency": the latest organisation that reported or was cited, or whose name ends in the noun. */
    private static Cluster organisation(String text, List<Cluster> all, List<Cluster> reporters, String role) {
        if (NEWS_ROLES.contains(role)) {
            for (int i = reporters.size() - 1; i >= 0; i--) {
                if (reporters.get(i).into == null) {
                    return reporters.get(i);
                }
            }
        }
        Cluster best = null;
        for (Cluster c : all) {
            if (c.into == null && type(text, c) == EntityType.ORGANIZATION
                    && key(name(text, c)).endsWith(" " + role)) {
                best = best == null ? c : null; // only when unambiguous
            }
        }
        return best;
    }

    /**
     * "The company said": the organisation named last, in this sentence or the two before; business news names the
     * company it is about and then calls it "the company" or "the firm".
     */
    private static Cluster latestOrganisation(int si, List<Integer> organisations, List<Cluster> organisationOf) {
        int last = organisations.size() - 1;
        return last >= 0 && organisations.get(last) >= si - 2 ? organisationOf.get(last).root() : null;
    }

    /** The leftmost person of this sentence so far, else of the latest of the two sentences before. */
    private static Cluster antecedent(int si, List<int[]> persons, List<Cluster> personOf) {
        for (int back = 0; back <= 2; back++) {
            for (int i = 0; i < persons.size(); i++) {
                if (persons.get(i)[0] == si - back) {
                    return personOf.get(i);
                }
            }
        }
        return null;
    }

    /** Whether the name at token k reports or is cited: "TASS reported", "KCNA (…) said", "according to X". */
    private static boolean reports(List<Token> t, int k) {
        if (k >= 2 && EntityTyper.lower(t.get(k - 2)).equals("according") || k >= 1
                && Speech.CITING.contains(EntityTyper.lower(t.get(k - 1)))) {
            return true;
        }
        for (int j = k + 1; j < Math.min(t.size(), k + 8); j++) {
            Token x = t.get(j);
            if (x.pos().startsWith("VB")) {
                return Speech.isVerb(x);
            }
        }
        return false;
    }

    private static void addRole(String text, Cluster c, List<Token> t, int from, int head) {
        String phrase = text.substring(t.get(from).start(), t.get(head).end());
        c.aliases.add(phrase);
        String[] role = new String[head - from + 1];
        role[0] = EntityTyper.lower(t.get(head));
        for (int i = from; i < head; i++) {
            role[i - from + 1] = EntityTyper.lower(t.get(i));
        }
        c.roles.add(role);
    }

    private static boolean isTitleWord(Token x) {
        String w = x.word();
        return !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) && (x.pos().startsWith("NNP") || x.pos().startsWith("JJ"))
                || PERSON_ROLES.contains(w.toLowerCase(Locale.ROOT)) || x.pos().equals("JJ") && Character.isLowerCase(w.charAt(0)));
    }

    private static boolean isDeterminer(Token x) {
        return x.pos().equals("DT");
    }

    private static void merge(Cluster from, Cluster to) {
        from = from.root();
        to = to.root();
        if (from == to) {
            return;
        }
        to.names.addAll(from.names);
        to.types.addAll(from.types);
        to.others.addAll(from.others);
        to.aliases.addAll(from.aliases);
        to.acronyms.addAll(from.acronyms);
        to.roles.addAll(from.roles);
        from.into = to;
    }

    /** The fullest name: most words, then first used. */
    private static String name(String text, Cluster c) {
        String best = null;
        for (Span s : c.names) {
            String n = text.substring(s.start(), s.end());
            if (best == null || words(n).length > words(best).length) {
                best = n;
            }
        }
        return best == null ? "" : best;
    }

    /** The type most mentions of the fullest name carry. */
    private static EntityType type(String text, Cluster c) {
        String n = key(name(text, c));
        Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
        for (int i = 0; i < c.names.size(); i++) {
            Span s = c.names.get(i);
            if (key(text.substring(s.start(), s.end())).equals(n)) {
                votes.merge(c.types.get(i), 1, Integer::sum);
            }
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(EntityType.OTHER);
    }

    private static List<Entity> entities(String text, List<Cluster> all) {
        List<Cluster> roots = new ArrayList<>();
        for (Cluster c : all) {
            if (c.into == null && !c.names.isEmpty()) {
                roots.add(c);
            }
        }
        roots.sort(Comparator.comparingInt(c -> c.names.stream().mapToInt(Span::start).min().orElse(0)));
        List<Entity> out = new ArrayList<>();
        for (Cluster c : roots) {
            String name = name(text, c);
            TreeSet<Span> mentions = new TreeSet<>(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
            mentions.addAll(c.names);
            mentions.addAll(c.others);
            Map<String, String> aliases = new LinkedHashMap<>();
            aliases.put(key(name), name);
            for (Span s : c.names) {
                String n = text.substring(s.start(), s.end());
                aliases.putIfAbsent(key(n), n);
            }
            for (String a : c.aliases) {
                aliases.putIfAbsent(key(a), a);
            }
            aliases.remove(key(name));
            // News refers to people by surname after the first mention; where the text has no short form, the
            // surname is the name a reader (and the events stage) will look for.
            String[] w = words(name);
            if (type(text, c) == EntityType.PERSON && w.length > 1 && aliases.values().stream()
                    .noneMatch(a -> words(a).length == 1 && Character.isUpperCase(a.charAt(0)))
                    && w[w.length - 1].length() > 2) {
                aliases.put(key(w[w.length - 1]), w[w.length - 1]);
            }
            out.add(new Entity("e" + (out.size() + 1), name, type(text, c), new ArrayList<>(aliases.values()),
                    new ArrayList<>(mentions), null));
        }
        return out;
    }

    private static boolean endsWith(String[] long_, String[] short_) {
        for (int i = 1; i <= short_.length; i++) {
            if (!long_[long_.length - i].equals(short_[short_.length - i])) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern WEB_SUFFIX = Pattern.compile(EntityTyper.WEB_DOMAINS);

    private static boolean startsWith(String[] long_, String[] short_) {
        for (int i = 0; i < short_.length; i++) {
            if (!long_[i].equals(short_[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean restAreHeads(String[] long_, int from) {
        for (int i = from; i < long_.length; i++) {
            if (!NAME_HEADS.contains(long_[i].toLowerCase(Locale.ROOT).replace(".", ""))) {
                return false;
            }
        }
        return true;
    }

    private static String[] words(String name) {
        return name.strip().split("(?U)\\s+");
    }

    static String key(String name) {
        return name.strip().replaceAll("(?U)\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
