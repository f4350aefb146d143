package dateline.reading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dateline.reading.Cluster.key;
import static dateline.reading.Cluster.merge;
import static dateline.reading.Cluster.words;

/**
 * The first passes of coreference, on names alone: mentions of the same name are one cluster; an acronym in
 * parentheses after a name ("Korean Central News Agency (KCNA)") is that name; a shorter name joins the longer one it
 * is a variant of (a surname or given name for the full name, "Vostochny" for "Vostochny Spaceport"); and a
 * country's names join ("DPRK" and "North Korea").
 */
final class NameClusters {
    private static final Pattern ACRONYM = Pattern.compile("(?U)^\\s*\\(\\s*(\\p{Lu}[\\p{L}&]*\\p{Lu}[\\p{L}]*)\\s*\\)");
    private static final Pattern WEB_SUFFIX = Pattern.compile(MentionScanner.WEB_DOMAINS);

    private final Titles titles;
    /** Nouns that may follow a name inside a longer name of the same thing: "Vostochny Spaceport", "Chrysler LLC". */
    private final Set<String> nameHeads;

    NameClusters(Lexicon lexicon, Titles titles) {
        this.titles = titles;
        Set<String> heads = new HashSet<>();
        for (String list : List.of("facility-heads", "place-nouns", "organization-heads", "organization-name-ends",
                "legal-forms")) {
            heads.addAll(lexicon.words(list));
        }
        nameHeads = Set.copyOf(heads);
    }

    /** The clusters of the mentions' names; titles are set aside in {@link ClusterSet#titles}. */
    ClusterSet cluster(String text, List<Mention> found) {
        ClusterSet set = new ClusterSet(text);
        Map<String, Cluster> byName = new LinkedHashMap<>();
        for (Mention m : found) {
            Span span = m.span();
            if (m.type() == EntityType.PERSON && titles.isTitle(m.text())) {
                set.titles.add(span); // "the Foreign Secretary": a role of a person, resolved once names are known
                continue;
            }
            Cluster c = byName.computeIfAbsent(key(m.text()), k -> set.add());
            c.names.add(span);
            c.types.add(m.type());
            set.ofMention.put(span, c);
        }
        acronymsInParentheses(set, byName);
        mergeNameVariants(set);
        mergeCountries(set);
        return set;
    }

    /** "Korean Central News Agency (KCNA)": the acronym names the name's thing. */
    private static void acronymsInParentheses(ClusterSet set, Map<String, Cluster> byName) {
        String text = set.text;
        for (Map.Entry<Span, Cluster> e : new ArrayList<>(set.ofMention.entrySet())) {
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
                owner.others.add(new Span(s, s + a.group(1).length()));
                byName.put(key(a.group(1)), owner);
            }
            owner.aliases.add(a.group(1));
            owner.acronyms.add(a.group(1));
        }
    }

    /** Names of one country: "DPRK" and "North Korea", "Britain" and "the UK". The fullest name's cluster keeps them. */
    private static void mergeCountries(ClusterSet set) {
        Map<String, Cluster> byCode = new HashMap<>();
        for (Cluster c : set.all) {
            Cluster root = c.root();
            EntityType type = set.type(root);
            if (c.merged() || type != EntityType.LOCATION && type != EntityType.ORGANIZATION) {
                continue;
            }
            String code = Countries.code(set.name(root));
            if (code == null) {
                continue;
            }
            Cluster other = byCode.putIfAbsent(code, root);
            if (other != null && other != root) {
                boolean fuller = words(set.name(root)).length > words(set.name(other)).length;
                Cluster into = fuller ? root : other;
                if (set.type(into) == EntityType.LOCATION) { // the country's name types it, not its acronym's tag
                    merge(fuller ? other : root, into);
                    byCode.put(code, into);
                }
            }
        }
    }

    /** "Kim" → "Kim Jong Un" (a given or family name of a person), "Vostochny" → "Vostochny Spaceport". */
    private void mergeNameVariants(ClusterSet set) {
        for (Cluster a : set.all) {
            if (a.merged() || set.type(a) == EntityType.PRODUCT) {
                continue;
            }
            String[] short_ = words(set.name(a));
            Cluster best = null;
            int bestAt = Integer.MAX_VALUE;
            for (Cluster b : set.all) {
                if (b == a || b.root() == a.root() || set.type(b.root()) == EntityType.PRODUCT) {
                    continue;
                }
                if (variant(set, a, short_, b.root())) {
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

    /** Whether cluster {@code a}, named {@code short_}, is another name of {@code b}'s thing. */
    private boolean variant(ClusterSet set, Cluster a, String[] short_, Cluster b) {
        String[] long_ = words(set.name(b));
        // "Edmunds" → "Edmunds.com": a site named by its address is the company of that name.
        boolean site = long_.length == 1 && short_.length == 1 && long_[0].startsWith(short_[0] + ".")
                && WEB_SUFFIX.matcher(long_[0].substring(short_[0].length())).matches();
        if (long_.length <= short_.length && !b.acronyms.contains(short_[0]) && !site) {
            return false;
        }
        EntityType shortType = set.type(a), longType = set.type(b);
        // "Sawyer" and "Hawk Sawyer" → "Kathleen Hawk Sawyer"
        boolean person = longType == EntityType.PERSON && (short_.length == 1
                && (long_[0].equals(short_[0]) || long_[long_.length - 1].equals(short_[0]))
                || shortType == EntityType.PERSON && endsWith(long_, short_));
        // "Vostochny" → "Vostochny Spaceport", but a place is not its government ("UK" ↛ "UK Government")
        // and a company is not its plant ("Airbus" ↛ "Airbus factory", but "Vostochny" → "Vostochny Spaceport").
        boolean headed = startsWith(long_, short_) && restAreHeads(long_, short_.length)
                && !(shortType == EntityType.LOCATION && longType == EntityType.ORGANIZATION)
                && !(shortType == EntityType.PERSON && longType != EntityType.PERSON) // "Andy Warhol Foundation"
                && !(shortType == EntityType.ORGANIZATION && longType == EntityType.FACILITY
                && TokenShapes.isLowerWord(long_[long_.length - 1]));
        // "the KnAAZ plant" → the plant whose acronym is KnAAZ.
        boolean acronymHeaded = short_.length > 1 && b.acronyms.contains(short_[0])
                && restAreHeads(short_, 1) && shortType == longType;
        return person || headed || acronymHeaded || site;
    }

    private static boolean endsWith(String[] long_, String[] short_) {
        for (int i = 1; i <= short_.length; i++) {
            if (!long_[long_.length - i].equals(short_[short_.length - i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(String[] long_, String[] short_) {
        for (int i = 0; i < short_.length; i++) {
            if (!long_[i].equals(short_[i])) {
                return false;
            }
        }
        return true;
    }

    private boolean restAreHeads(String[] long_, int from) {
        for (int i = from; i < long_.length; i++) {
            if (!nameHeads.contains(long_[i].toLowerCase(Locale.ROOT).replace(".", ""))) {
                return false;
            }
        }
        return true;
    }
}
