package dateline.reading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dateline.reading.Cluster.key;
import static dateline.reading.TokenShapes.lower;

/**
 * What refers back without a name, in text order: role phrases ("the North Korean leader", "the spokesman", "the news
 * agency", "the company") to the entity holding that role, and he/she/his/her to the subject-most person of the
 * sentence or of one of the two before.
 */
final class Anaphora {
    private static final Set<String> PERSONAL = Set.of("he", "him", "his", "she", "her");

    private final Set<String> personRoles;
    private final Set<String> organizationRoles;
    private final Set<String> newsRoles;
    private final Set<String> businessRoles;
    private final RoleHolders holders;

    Anaphora(Lexicon lexicon, RoleHolders holders) {
        personRoles = lexicon.words("person-roles");
        organizationRoles = lexicon.words("organization-roles");
        newsRoles = lexicon.words("news-roles");
        businessRoles = lexicon.words("business-roles");
        this.holders = holders;
    }

    /** A person mention's place: sentence and token. */
    private record Seen(int sentence, int token, Cluster cluster) {
    }

    void resolve(ClusterSet set, Tokens tokens) {
        String text = set.text;
        Map<Integer, Cluster> mentionAt = new LinkedHashMap<>();
        Map<Integer, Integer> mentionEnd = new LinkedHashMap<>();
        set.ofMention.forEach((s, c) -> {
            mentionAt.put(s.start(), c);
            mentionEnd.put(s.start(), s.end());
        });
        List<Seen> persons = new ArrayList<>();
        List<Cluster> reporters = new ArrayList<>(); // organisations that reported or were cited, latest last
        List<Seen> organisations = new ArrayList<>();
        for (int si = 0; si < tokens.sentences(); si++) {
            List<Token> t = tokens.sentence(si).tokens();
            for (int k = 0; k < t.size(); k++) {
                Cluster named = mentionAt.get(t.get(k).start());
                if (named != null) {
                    Cluster c = named.root();
                    EntityType type = set.type(c);
                    if (type == EntityType.PERSON) {
                        persons.add(new Seen(si, k, c));
                    } else if (type == EntityType.ORGANIZATION) {
                        organisations.add(new Seen(si, k, c));
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
                if (t.get(k).pos().startsWith("PRP") && PERSONAL.contains(lower(t.get(k)))) {
                    Cluster c = antecedent(si, persons);
                    if (c != null) {
                        c.others.add(new Span(t.get(k).start(), t.get(k).end()));
                        persons.add(new Seen(si, k, c));
                    }
                    continue;
                }
                int head = rolePhrase(t, k, mentionAt);
                if (head < 0) {
                    continue;
                }
                int from = t.get(k).pos().equals("DT") ? k + 1 : k;
                String role = lower(t.get(head));
                Cluster c;
                if (personRoles.contains(role)) {
                    c = holders.holder(set.all, t, from, head);
                } else {
                    c = organisation(set, reporters, role);
                    if (c == null && businessRoles.contains(role)) {
                        c = latestOrganisation(si, organisations);
                    }
                }
                if (c != null) {
                    Span span = new Span(t.get(from).start(), t.get(head).end());
                    c.others.add(span);
                    c.aliases.add(set.at(span));
                    if (set.type(c) == EntityType.PERSON) {
                        persons.add(new Seen(si, from, c));
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
    private int rolePhrase(List<Token> t, int k, Map<Integer, Cluster> mentionAt) {
        boolean det = t.get(k).pos().equals("DT") && lower(t.get(k)).equals("the");
        int h = det ? k + 1 : k;
        boolean capital = false;
        for (; h < t.size() && h < k + 6; h++) {
            Token x = t.get(h);
            String w = lower(x);
            boolean role = personRoles.contains(w) || organizationRoles.contains(w);
            boolean last = h + 1 >= t.size() || !t.get(h + 1).pos().startsWith("NN") && !t.get(h + 1).pos().equals("POS");
            if (role && last) {
                // Not a title before a name ("President Putin"): that is a name mention's business.
                return det || capital ? h : -1;
            }
            if (!(x.pos().startsWith("JJ") || x.pos().startsWith("NN")) || x.word().equals("'s")) {
                return -1;
            }
            if (mentionAt.containsKey(x.start()) && (organizationRoles.contains(lastNoun(t, h))
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
        return lower(t.get(h));
    }

    /** "The news agency": the latest organisation that reported or was cited, or whose name ends in the noun. */
    private Cluster organisation(ClusterSet set, List<Cluster> reporters, String role) {
        if (newsRoles.contains(role)) {
            for (int i = reporters.size() - 1; i >= 0; i--) {
                if (!reporters.get(i).merged()) {
                    return reporters.get(i);
                }
            }
        }
        Cluster best = null;
        for (Cluster c : set.all) {
            if (!c.merged() && set.type(c) == EntityType.ORGANIZATION && key(set.name(c)).endsWith(" " + role)) {
                best = best == null ? c : null; // only when unambiguous
            }
        }
        return best;
    }

    /**
     * "The company said": the organisation named last, in this sentence or the two before; business news names the
     * company it is about and then calls it "the company" or "the firm".
     */
    private static Cluster latestOrganisation(int si, List<Seen> organisations) {
        int last = organisations.size() - 1;
        return last >= 0 && organisations.get(last).sentence() >= si - 2 ? organisations.get(last).cluster().root() : null;
    }

    /** The leftmost person of this sentence so far, else of the latest of the two sentences before. */
    private static Cluster antecedent(int si, List<Seen> persons) {
        for (int back = 0; back <= 2; back++) {
            for (Seen p : persons) {
                if (p.sentence() == si - back) {
                    return p.cluster();
                }
            }
        }
        return null;
    }

    /** Whether the name at token k reports or is cited: "TASS reported", "KCNA (…) said", "according to X". */
    private static boolean reports(List<Token> t, int k) {
        if (k >= 2 && lower(t.get(k - 2)).equals("according") || k >= 1 && Speech.CITING.contains(lower(t.get(k - 1)))) {
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
}
