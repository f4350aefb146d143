package dateline.reading;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static dateline.reading.Cluster.key;
import static dateline.reading.TokenShapes.lower;

/**
 * Titles and their holders: role titles before a person's name ("Russian President Vladimir Putin") and in
 * apposition after it ("Dmitry Peskov, the Kremlin spokesman") become the person's roles; capitalised titles ("the
 * Minister for the Middle East") become mentions of their holder.
 */
final class TitleAttacher {
    private static final Set<String> OF = Set.of("of", "for");

    private final Set<String> personRoles;
    private final RoleHolders holders;

    TitleAttacher(Lexicon lexicon, RoleHolders holders) {
        personRoles = lexicon.words("person-roles");
        this.holders = holders;
    }

    void attach(ClusterSet set, Tokens tokens) {
        collectRoles(set, tokens);
        attachTitles(set, tokens);
    }

    /** Role titles before a person's name ("Russian President Vladimir Putin") and in apposition after it. */
    private void collectRoles(ClusterSet set, Tokens tokens) {
        String text = set.text;
        for (Map.Entry<Span, Cluster> e : set.ofMention.entrySet()) {
            Cluster c = e.getValue().root();
            if (set.type(c) != EntityType.PERSON) {
                continue;
            }
            Tokens.Place at = tokens.at(e.getKey().start());
            if (at == null) {
                continue;
            }
            List<Token> t = tokens.sentence(at.sentence()).tokens();
            int k = at.token() - 1;
            if (k >= 0 && personRoles.contains(lower(t.get(k)))) {
                int from = k;
                while (from > 0 && isTitleWord(t.get(from - 1)) && from > k - 4) {
                    from--;
                }
                RoleHolders.addRole(text, c, t, from, k);
            }
            // Apposition: "Dmitry Peskov, the Kremlin spokesman, said".
            Tokens.Place end = tokens.at(e.getKey().end() - 1);
            if (end == null || end.sentence() != at.sentence()) {
                continue;
            }
            int j = end.token() + 1;
            if (j + 2 < t.size() && t.get(j).word().equals(",")) {
                int from = j + 1;
                if (t.get(from).pos().equals("DT")) {
                    from++;
                }
                for (int h = from; h < Math.min(t.size(), from + 5); h++) {
                    if (personRoles.contains(lower(t.get(h))) && h + 1 < t.size()
                            && !t.get(h + 1).pos().startsWith("NN")) {
                        RoleHolders.addRole(text, c, t, from, h);
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
    private void attachTitles(ClusterSet set, Tokens tokens) {
        String text = set.text;
        Map<String, Cluster> unheld = new HashMap<>();
        for (Span title : set.titles) {
            Tokens.Place first = tokens.at(title.start());
            Tokens.Place last = tokens.at(title.end() - 1);
            if (first == null || last == null || first.sentence() != last.sentence()) {
                continue;
            }
            List<Token> t = tokens.sentence(first.sentence()).tokens();
            int head = first.token();
            for (int k = first.token(); k <= last.token() && !OF.contains(t.get(k).word()); k++) {
                head = k;
            }
            Cluster holder = namedHolder(set, title);
            if (holder != null) {
                RoleHolders.addRole(text, holder, t, first.token(), head);
            } else {
                holder = holders.holder(set.all, t, first.token(), head);
            }
            String phrase = set.at(title);
            if (holder != null) {
                holder.others.add(title);
                holder.aliases.add(phrase);
            } else {
                holder = unheld.computeIfAbsent(key(phrase.replaceFirst("^(?i)the\\s+", "")), k -> set.add());
                holder.names.add(title);
                holder.types.add(EntityType.PERSON);
            }
            set.ofMention.put(title, holder);
        }
    }

    /** The person named right after the title (titles and commas between) or in apposition before it, or null. */
    private Cluster namedHolder(ClusterSet set, Span title) {
        String text = set.text;
        for (Map.Entry<Span, Cluster> e : set.ofMention.entrySet()) {
            Span name = e.getKey();
            String between = name.start() >= title.end() ? text.substring(title.end(), name.start())
                    : name.end() <= title.start() ? text.substring(name.end(), title.start()) : null;
            boolean next = between != null && name.start() >= title.end()
                    && (between.matches("\\s*,?\\s*") || moreTitles(between));
            boolean apposed = between != null && name.end() <= title.start() && between.matches("\\s*,\\s*(the\\s+)?");
            if ((next || apposed) && set.type(e.getValue().root()) == EntityType.PERSON) {
                return e.getValue().root();
            }
        }
        return null;
    }

    /** "…, CEO and president …": only titles, commas and "and" between a title and the name they all lead to. */
    private boolean moreTitles(String between) {
        String[] words = between.strip().toLowerCase(Locale.ROOT).split("[\\s,]+");
        boolean title = false;
        for (String w : words) {
            if (personRoles.contains(w) || holders.ranks().contains(w)) {
                title = true;
            } else if (!w.equals("and")) {
                return false;
            }
        }
        return title && between.matches("(?s)\\s*(?:,|and\\b).*");
    }

    /** A word that may stand in a role title: "Russian", "North", "deputy", "former". */
    private boolean isTitleWord(Token x) {
        String w = x.word();
        return !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) && (x.pos().startsWith("NNP") || x.pos().startsWith("JJ"))
                || personRoles.contains(w.toLowerCase(Locale.ROOT)) || x.pos().equals("JJ") && Character.isLowerCase(w.charAt(0)));
    }
}
