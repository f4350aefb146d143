package dateline.resolve;

import dateline.reading.Entity;
import dateline.reading.EntityType;
import dateline.reading.Geo;
import dateline.reading.Lexicon;
import dateline.reading.Names;
import dateline.reading.Reading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Places a reading's {@code LOCATION} and {@code FACILITY} entities on the map, offline, with a {@link Gazetteer}.
 *
 * <p>A name usually matches several places ("Khasan", "Georgia"); the article decides. Candidates score by size
 * (log population), by kind (a curated facility or a country beats a village of the same name), by whether their
 * country or first-level division is named elsewhere in the article, and by how close they lie to the article's other
 * places. A name that matches nothing whole ("Khabarovsk airport", "Russia's Far East") falls back to the longest part
 * of it that names a place in one of the article's countries.
 *
 * <p>The input reading is not modified; entities that cannot be placed keep {@code geo == null}.
 */
public final class Geocoder {
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");
    private static final Set<String> WEAK_WORDS = Lexicon.standard().words("weak-place-words");
    private static final double NEAR_KM = 600;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Capitalised words that describe a part or surroundings of a place rather than name another place. */
    private static final Set<String> GENERIC = Lexicon.standard().words("place-descriptors");

    private final Gazetteer gazetteer;

    public Geocoder(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    /** The reading with its places geocoded; every other entity, and everything else, as it was. */
    public Reading geocode(Reading reading) {
        Map<Entity, Place> placed = place(reading.entities(), demonyms(reading));
        List<Entity> entities = new ArrayList<>(reading.entities().size());
        for (Entity e : reading.entities()) {
            Place p = placed.get(e);
            entities.add(p == null ? e : e.withGeo(new Geo(p.lat(), p.lon(), p.id(), p.within())));
        }
        return reading.withEntities(entities);
    }

    /** The place chosen for each place-like entity that could be placed, in the context of all of them. */
    public Map<Entity, Place> place(List<Entity> entities) {
        return place(entities, Map.of());
    }

    /**
     * The same, knowing which countries the article's adjectives name ("Chilean": CL) and how often: they weigh like
     * mentions of the countries.
     */
    public Map<Entity, Place> place(List<Entity> entities, Map<String, Integer> demonyms) {
        Map<Entity, List<Candidate>> candidates = new LinkedHashMap<>();
        for (Entity e : entities) {
            if (e.type().isPlace()) {
                candidates.put(e, candidates(e));
            }
        }
        Context context = context(candidates);
        demonyms.forEach((iso, n) -> context.countries().merge(iso, n, Integer::sum));
        Map<Entity, Place> first = choose(candidates, context, Map.of());
        // Second pass: the first choices of the other places pull ambiguous names towards them.
        Map<Entity, Place> chosen = choose(candidates, context, first);
        for (Map.Entry<Entity, List<Candidate>> entry : candidates.entrySet()) {
            if (!chosen.containsKey(entry.getKey())) {
                Place part = partial(entry.getKey(), context, chosen);
                if (part != null) {
                    chosen.put(entry.getKey(), part);
                }
            }
        }
        return chosen;
    }

    /** How a candidate was found: by a whole name, or by the name without its division words ("Amur Region"). */
    private record Candidate(Place place, boolean whole) {
    }

    /** What the article says about where it is: the countries and divisions it names, with weights. */
    private record Context(Map<String, Integer> countries, Map<String, Set<Entity>> regions) {
    }

    /** Countries named by adjectives in the text ("Chilean Foreign Minister"), with counts. */
    private Map<String, Integer> demonyms(Reading reading) {
        Map<String, Integer> counts = new HashMap<>();
        for (dateline.reading.Sentence s : reading.sentences()) {
            List<dateline.reading.Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                String word = tokens.get(i).word();
                if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                    continue;
                }
                if (i + 1 < tokens.size()) {
                    String two = gazetteer.countryOfDemonym(word + " " + tokens.get(i + 1).word());
                    if (two != null) {
                        counts.merge(two, 1, Integer::sum);
                        i++;
                        continue;
                    }
                }
                String one = gazetteer.countryOfDemonym(word);
                if (one != null) {
                    counts.merge(one, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    private List<Candidate> candidates(Entity e) {
        List<Candidate> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String name : names(e)) {
            for (Place p : gazetteer.lookup(name)) {
                if (seen.add(p.id())) {
                    found.add(new Candidate(p, true));
                }
            }
        }
        if (found.isEmpty()) {
            for (String name : names(e)) {
                String stripped = Gazetteer.withoutDivisionWords(Names.key(name));
                if (!stripped.equals(Names.key(name))) {
                    for (Place p : gazetteer.lookup(stripped)) {
                        if (seen.add(p.id())) {
                            found.add(new Candidate(p, false));
                        }
                    }
                }
            }
        }
        return found;
    }

    private static List<String> names(Entity e) {
        List<String> names = new ArrayList<>();
        names.add(e.name());
        names.addAll(e.aliases());
        List<String> out = new ArrayList<>();
        for (String n : names) {
            String clean = POSSESSIVE.matcher(n).replaceAll("").strip();
            // Role phrases ("the region", "the city") are aliases too, but name no place of their own.
            if (!clean.isEmpty() && (Character.isUpperCase(clean.codePointAt(0)) || Character.isDigit(clean.codePointAt(0)))) {
                out.add(clean);
            }
        }
        return out;
    }

    private static Context context(Map<Entity, List<Candidate>> candidates) {
        Map<String, Integer> countries = new HashMap<>();
        Map<String, Set<Entity>> regions = new HashMap<>();
        for (Map.Entry<Entity, List<Candidate>> entry : candidates.entrySet()) {
            int weight = Math.max(1, entry.getKey().mentions().size());
            for (Candidate c : entry.getValue()) {
                if (c.place().kind() == Place.Kind.COUNTRY) {
                    countries.merge(c.place().country(), weight, Integer::sum);
                } else if (c.place().kind() == Place.Kind.REGION) {
                    regions.computeIfAbsent(c.place().country() + "." + c.place().admin1(), k -> new HashSet<>())
                            .add(entry.getKey());
                }
            }
            // An unambiguous place also says which country the article is in.
            if (entry.getValue().size() == 1 && entry.getValue().get(0).place().kind() != Place.Kind.COUNTRY
                    && !entry.getValue().get(0).place().country().isEmpty()) {
                countries.merge(entry.getValue().get(0).place().country(), 1, Integer::sum);
            }
        }
        return new Context(countries, regions);
    }

    private Map<Entity, Place> choose(Map<Entity, List<Candidate>> candidates, Context context,
                                      Map<Entity, Place> others) {
        Map<Entity, Place> chosen = new LinkedHashMap<>();
        for (Map.Entry<Entity, List<Candidate>> entry : candidates.entrySet()) {
            Candidate best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            boolean country = entry.getValue().stream().anyMatch(c -> c.whole() && c.place().kind() == Place.Kind.COUNTRY);
            for (Candidate c : entry.getValue()) {
                double s = score(c, entry.getKey(), context, others) + (!country && isCapital(c.place()) ? CAPITAL : 0);
                if (s > bestScore) {
                    bestScore = s;
                    best = c;
                }
            }
            if (best != null) {
                chosen.put(entry.getKey(), best.place());
            }
        }
        return chosen;
    }

    /**
     * What a national capital's name alone gains: news names a government by its seat ("Washington said"), so the
     * capital beats a division of the same name (Washington, D.C., not the state); a country of the name still beats
     * its capital ("Panama").
     */
    private static final double CAPITAL = 1;

    /** Whether a place is its country's capital: the gazetteer puts a country at its capital's point. */
    private boolean isCapital(Place p) {
        if (p.kind() != Place.Kind.CITY || p.country().isEmpty()) {
            return false;
        }
        Place country = gazetteer.country(p.country());
        return country != null && p.kmTo(country) < 1;
    }

    private static double score(Candidate c, Entity e, Context context, Map<Entity, Place> others) {
        Place p = c.place();
        double s = Math.log10(p.population() + 10.0);
        s += switch (p.kind()) {
            case FACILITY -> 6;
            case COUNTRY -> c.whole() ? 3 : 0;
            // A region's population is the sum of its towns': discount it, so that "Buenos Aires" is the city.
            // Stripped of "Region", a name is the region's: "Amur Region" is the oblast, not a village called Amur.
            case REGION -> c.whole() ? -0.5 : 1;
            case CITY -> 0;
        };
        if (e.type() == EntityType.FACILITY && p.kind() == Place.Kind.FACILITY) {
            s += 2;
        }
        if (p.kind() != Place.Kind.COUNTRY) {
            int total = context.countries().values().stream().mapToInt(Integer::intValue).sum();
            int mine = context.countries().getOrDefault(p.country(), 0);
            if (mine > 0) {
                s += 1.5 + 2.5 * mine / total;
            }
            Set<Entity> naming = context.regions().getOrDefault(p.country() + "." + p.admin1(), Set.of());
            if (p.kind() != Place.Kind.REGION && (naming.size() > 1 || naming.size() == 1 && !naming.contains(e))) {
                s += 2;
            }
        }
        double nearest = Double.MAX_VALUE;
        for (Map.Entry<Entity, Place> o : others.entrySet()) {
            if (o.getKey() != e && o.getValue().kind() != Place.Kind.COUNTRY) {
                nearest = Math.min(nearest, p.kmTo(o.getValue()));
            }
        }
        if (nearest < NEAR_KM) {
            s += 2 * (1 - nearest / NEAR_KM);
        }
        return s;
    }

    /** Whether the words of a name outside [from, to) only describe (lower case, or words such as "Far East"). */
    private static boolean restIsGeneric(String[] words, String[] written, int from, int to) {
        if (written.length != words.length) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            if ((i < from || i >= to) && !GENERIC.contains(words[i]) && !written[i].equals(words[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * The longest run of words inside the name that names a place in one of the article's countries: a facility or
     * a descriptive name is near the place it contains ("Khabarovsk airport", "Artyom-Primorsky 1").
     */
    private Place partial(Entity e, Context context, Map<Entity, Place> chosen) {
        for (String name : names(e)) {
            String[] words = Names.key(name).split(" ");
            String[] written = NON_WORD.split(MARKS.matcher(java.text.Normalizer.normalize(
                    name.replaceAll("['’`]", ""), java.text.Normalizer.Form.NFD)).replaceAll("").strip());
            for (int n = words.length - 1; n >= 1; n--) {
                Place best = null;
                double bestScore = Double.NEGATIVE_INFINITY;
                for (int i = 0; i + n <= words.length; i++) {
                    // "Peyton Manning" is not in Manning, but "Russia Far East" is in Russia. A facility whose other
                    // words name something ("Johnson Space Center") is placed only at a town the article names on
                    // its own: "the Gagarin Aircraft Plant in Komsomolsk-on-Amur", not "California Science Center".
                    boolean generic = restIsGeneric(words, written, i, i + n);
                    if (e.type() != EntityType.FACILITY && !generic) {
                        continue;
                    }
                    String part = String.join(" ", List.of(words).subList(i, i + n));
                    if (n == 1 && (part.length() < 4 || WEAK_WORDS.contains(part) || part.chars().allMatch(Character::isDigit))) {
                        continue;
                    }
                    for (Place p : gazetteer.lookup(part)) {
                        // Only in the article's countries, or a country itself: "Acme Widget Works" is not in
                        // Acme, PA, but "Russia's Far East" is in Russia.
                        if (!context.countries().containsKey(p.country()) && p.kind() != Place.Kind.COUNTRY
                                || !generic && (p.kind() == Place.Kind.COUNTRY || p.kind() == Place.Kind.REGION
                                        || !chosen.containsValue(p))) {
                            continue;
                        }
                        double s = score(new Candidate(p, true), e, context, chosen);
                        if (s > bestScore) {
                            bestScore = s;
                            best = p;
                        }
                    }
                }
                if (best != null) {
                    return best;
                }
            }
        }
        return null;
    }
}
