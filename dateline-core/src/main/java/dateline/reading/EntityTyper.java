package dateline.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the statistical tagger's name tags into typed name mentions, one {@link Entity} per mention (the
 * {@link Coreferencer} merges them), and corrects the types by the cues news text gives: a head noun after or before
 * the name ("Knevichi airport", "the station X", "the X frigate", "Sukhoi aircraft maker"), model numbers ("Su-57"),
 * place prepositions and nouns ("near the town of X"). The cues are general English, not lists of names.
 */
final class EntityTyper {
    /** Head nouns of facilities: "X airport", "the X Spaceport", "the station X". */
    static final Set<String> FACILITY_HEADS = Set.of("airport", "spaceport", "cosmodrome", "station", "plant", "base",
            "airbase", "port", "harbour", "harbor", "factory", "shipyard", "airfield", "stadium", "arena", "bridge", "dam",
            "prison", "hospital", "refinery", "mine", "terminal", "railway", "pipeline", "reactor", "embassy", "consulate",
            "palace", "checkpoint", "crossing", "complex", "centre", "center", "university", "academy", "museum", "hotel",
            "tower", "cathedral", "mosque", "church", "temple");
    /** Nouns that, right before a name, make it a place: "the town of X", "check point X". */
    static final Set<String> PLACE_NOUNS = Set.of("town", "city", "village", "region", "province", "district", "point",
            "settlement", "island", "islands", "river", "lake", "county", "state", "capital", "republic", "oblast",
            "krai", "territory", "area", "peninsula", "mountain", "valley", "border", "suburb", "neighbourhood",
            "neighborhood", "municipality", "port");
    /** Nouns naming made things: "the X frigate", "the Kalibr cruise missile systems". */
    static final Set<String> PRODUCT_HEADS = Set.of("frigate", "cruiser", "destroyer", "submarine", "warship", "ship",
            "vessel", "corvette", "missile", "missiles", "rocket", "rockets", "jet", "jets", "fighter", "fighters",
            "bomber", "bombers", "aircraft", "plane", "planes", "airliner", "airliners", "helicopter", "helicopters",
            "drone", "drones", "tank", "tanks", "rifle", "rifles", "howitzer", "howitzers", "launcher", "launchers",
            "vaccine", "smartphone", "smartphones", "phone", "phones", "car", "cars", "truck", "trucks", "satellite",
            "spacecraft", "carrier", "icebreaker", "interceptor", "interceptors", "warplane", "warplanes");
    /** Nouns naming organisations: "the Yakovlev corporation", "Sukhoi aircraft maker". */
    static final Set<String> ORGANIZATION_HEADS = Set.of("corporation", "company", "maker", "manufacturer", "firm",
            "group", "agency", "bureau", "concern", "holding", "conglomerate", "airline", "bank", "newspaper",
            "broadcaster", "branch", "subsidiary", "party", "ministry", "government", "administration", "brand",
            "carmaker", "automaker", "producer", "developer", "operator", "club", "team");
    /** Last words of organisations' names: "the Russian Pacific Fleet", "the Aerospace Forces". */
    static final Set<String> ORGANIZATION_NAME_ENDS = Set.of("fleet", "forces", "army", "navy", "ministry", "agency",
            "council", "committee", "party", "corporation", "company", "union", "league", "association", "federation",
            "institute", "service", "guard", "command", "court", "parliament", "assembly", "bank", "group", "inc",
            "ltd", "corp", "co", "organization", "organisation", "front", "movement", "department", "office",
            "force", "battalion", "brigade", "regiment", "corps", "fund", "trust", "foundation", "society",
            "commission", "board", "authority", "bureau", "alliance", "coalition", "network", "press");

    /** Last words of organisations' names that also end the names of places: "the Soviet Union", "the Oval Office". */
    private static final Set<String> PLACE_LIKE_ENDS = Set.of("union", "front", "office");

    /** Last words of newspapers named after their city or country: "the Moscow Times", "the Korea Herald". */
    private static final Set<String> NEWSPAPER_WORDS = Set.of("times", "post", "herald", "tribune", "star", "journal",
            "gazette", "chronicle", "telegraph", "guardian", "observer", "examiner", "inquirer", "courier",
            "independent", "standard", "monitor", "weekly", "express", "mirror", "bulletin", "dispatch");
    /** Acronyms of kinds of weapon and military platform (singular): "IED", "UAV", "MANPADS". */
    private static final Set<String> WEAPON_ACRONYMS = Set.of("IED", "VBIED", "UAV", "UAS", "UCAV", "MANPADS", "RPG",
            "ATGM", "SAM", "ICBM", "IRBM", "SLBM", "MLRS", "APC", "IFV", "MRAP", "AWACS");
    /** Legal forms, which end a company's name: "Chrysler LLC", "Siemens AG". */
    static final Set<String> LEGAL_FORMS = Set.of("llc", "inc", "ltd", "plc", "corp", "ag", "gmbh", "sa", "nv",
            "bv", "spa", "ab", "asa", "oyj", "llp", "lp");

    /** A capitalised facility noun followed by "of" and a name: "Museum of Flight", "University of Sheffield". */
    private static boolean headOfName(List<Token> t, int i) {
        return i + 2 < t.size() && Character.isUpperCase(t.get(i).word().charAt(0))
                && FACILITY_HEADS.contains(lower(t.get(i))) && t.get(i + 1).word().equals("of") && startsName(t, i + 2);
    }

    /**
     * A one-word name that CoreNLP calls a person, put by its context among organisations: right after an
     * organisation noun ("localist group Youngspiration", "the band Queen"; not "the company Smith founded"), or after
     * "of" behind a person's name ("Nathan Law of Demosisto"), where a person would hardly stand.
     */
    private static boolean namedByOrganisationNoun(List<Token> t, int i, int j) {
        Token before = t.get(i - 1);
        if (isLowerWord(before.word()) && ORGANIZATION_HEADS.contains(lower(before)) && before.pos().startsWith("NN")) {
            return j >= t.size() || !t.get(j).pos().startsWith("VB");
        }
        return i > 1 && before.word().equals("of") && "PERSON".equals(coarse(t.get(i - 2).ner()));
    }

    private static boolean isLegalForm(Token x) {
        return LEGAL_FORMS.contains(lower(x).replace(".", ""));
    }

    private static final Set<String> TIME_ZONES = Set.of("UTC", "GMT", "EST", "EDT", "CST", "CDT", "PST", "PDT", "CET",
            "CEST", "BST", "MSK", "JST", "KST", "IST");
    private static final Set<String> HONORIFICS = Set.of("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Mme",
            "Mme.", "Herr", "Frau");
    /** A site's name written as its address: "Detik.com", "Amazon.com". */
    /** The endings of a site's address that news uses as a name. */
    static final String WEB_DOMAINS = "\\.(?:com|net|org|co\\.uk|co|io)";
    private static final Pattern WEB_NAME = Pattern.compile("\\p{Lu}[\\p{L}\\d-]*" + WEB_DOMAINS);

    /** Churches named by their denomination are bodies, not buildings: "the Catholic Church". */
    private static final Set<String> DENOMINATIONS = Set.of("catholic", "orthodox", "anglican", "lutheran", "methodist",
            "baptist", "presbyterian", "episcopal", "coptic", "evangelical", "protestant", "mormon", "pentecostal");

    /** Nouns that end the names of events: "the Korean War", "the Eastern Economic Forum". */
    static final Set<String> EVENT_HEADS = Set.of("war", "summit", "games", "olympics", "cup", "championship",
            "conference", "forum", "festival", "election", "elections", "revolution", "crisis", "congress", "expo",
            "olympiad", "uprising", "offensive", "operation");
    /**
     * Nouns of offices that head a capitalised title: "Foreign Secretary", "Minister for the Middle East", "the
     * President of Syria". The title names a person (the holder), not the place or body inside it.
     */
    static final Set<String> TITLE_HEADS;

    static {
        Set<String> t = new java.util.HashSet<>(Coreferencer.PERSON_ROLES);
        t.addAll(Set.of("administrator", "commissioner", "officer", "secretary-general", "mp", "colonel",
                "lieutenant", "commodore", "sheriff", "attorney-general", "vice-president"));
        TITLE_HEADS = Set.copyOf(t);
    }

    /** Prefixes of ships' names: "HMS Daring", "USS Mahan", "FS Forbin". */
    static final Set<String> SHIP_PREFIXES = Set.of("HMS", "USS", "USNS", "HMAS", "HMCS", "HMNZS", "INS", "FS",
            "RFS", "ROKS", "TCG", "HNLMS", "HDMS", "HNoMS", "HMC", "RFA", "ARA", "BNS", "PNS", "KRI", "NRP", "SPS",
            "ORP", "RSS", "BRP", "HTMS");
    /** Capitalised nouns of governing bodies around a place's name: "the UK Government", "the Government of Iraq". */
    private static final Set<String> GOVERNMENT_HEADS = Set.of("government", "governments", "administration",
            "parliament", "ministry", "army", "navy", "police", "authorities", "embassy", "council", "cabinet",
            "municipality");
    /** Model designations: Su-57, A-190, MiG-29, F-16, S-400, Tu-95MS. */
    private static final Pattern MODEL = Pattern.compile("[A-Z][A-Za-z]{0,3}-\\d{1,4}[A-Z]{0,3}");
    /** Capitalised nouns numbered like models that name no product: "Highway A1", "Flight MH17", "Group B". */
    private static final Set<String> NUMBERED_NOUNS = Set.of("highway", "route", "road", "motorway", "flight", "room",
            "gate", "terminal", "platform", "level", "group", "section", "article", "chapter", "page", "zone", "sector",
            "phase", "block", "building", "unit", "ward", "grade", "class", "division", "league", "resolution",
            "paragraph", "annex", "amendment", "exit", "lane", "line", "track", "channel", "district");
    /** Designations written without a hyphen: A380, GR4, A400M; a product only after a maker's or model's name. */
    private static final Pattern DESIGNATION = Pattern.compile("[A-Z]{1,3}\\d{1,4}[A-Z]{0,3}");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "at", "from", "outside", "into");
    /** Participles after a name and a hyphen that make it a holder or leader: "ISIL-held", "Kremlin-backed". */
    private static final Set<String> HOLDING = Set.of("held", "controlled", "led", "backed", "run", "linked",
            "affiliated", "sponsored", "aligned", "allied", "occupied");
    /** Small words an acronym skips: "Islamic State of Iraq and the Levant" is ISIL. */
    private static final Set<String> UNSPELT = Set.of("of", "and", "the", "for", "on", "in", "de", "&");
    /** Prepositions after which a name of several words is still a place: "near Al Huwayjah". */
    private static final Set<String> NEAR_PREPOSITIONS = Set.of("near", "outside", "around");

    Reading type(Reading r) {
        List<Entity> out = new ArrayList<>();
        String text = r.article().text();
        for (Sentence s : r.sentences()) {
            List<Token> t = s.tokens();
            int i = 0;
            while (i < t.size()) {
                int title = title(t, i);
                if (title > i) {
                    out.add(mention(text, t.get(i).start(), t.get(title - 1).end(), EntityType.PERSON, out.size()));
                    i = title;
                    continue;
                }
                int ship = ship(t, i);
                if (ship > i) {
                    out.add(mention(text, t.get(i).start(), t.get(ship - 1).end(), EntityType.PRODUCT, out.size()));
                    i = ship;
                    continue;
                }
                if (WEAPON_ACRONYMS.contains(t.get(i).word().replaceFirst("(?<=\\p{Lu})s$", ""))) {
                    // "UAV", "two VBIEDs": kinds of weapon and platform, which the tagger and the acronym rule take
                    // for organisations.
                    out.add(mention(text, t.get(i).start(), t.get(i).end(), EntityType.PRODUCT, out.size()));
                    i++;
                    continue;
                }
                String tag = coarse(t.get(i).ner());
                int j = i + 1;
                if (i + 2 < t.size() && glued(t, i + 1) && HOLDING.contains(lower(t.get(i + 2)))
                        && Character.isUpperCase(t.get(i).word().charAt(0))) {
                    // "ISIL-held", "U.S.-led": the name before the hyphen holds or leads; the word is not a name.
                    out.add(mention(text, t.get(i).start(), t.get(i).end(),
                            "LOCATION".equals(tag) ? EntityType.LOCATION : EntityType.ORGANIZATION, out.size()));
                    i += 3;
                    continue;
                }
                if (tag == null) {
                    int g = glue(t, i);
                    String word = text.substring(t.get(i).start(), t.get(g - 1).end());
                    if (countries(t, i, g)) {
                        // "France", "UK-France" untagged: a country's name is a place whatever the tagger says.
                        for (int k = i; k < g; k += 2) {
                            out.add(mention(text, t.get(k).start(), t.get(k).end(), EntityType.LOCATION, out.size()));
                        }
                        i = g;
                        continue;
                    }
                    if (WEB_NAME.matcher(t.get(i).word()).matches()) {
                        out.add(mention(text, t.get(i).start(), t.get(i).end(), EntityType.ORGANIZATION, out.size()));
                        i++;
                        continue;
                    }
                    if (MODEL.matcher(word).matches() && !isAllCapsWord(word)) {
                        out.add(mention(text, t.get(i).start(), t.get(g - 1).end(), EntityType.PRODUCT, out.size()));
                        j = g;
                    } else if (isCapitalised(t.get(i)) && !NUMBERED_NOUNS.contains(lower(t.get(i))) && i + 1 < t.size()
                            && coarse(t.get(i + 1).ner()) == null
                            && (DESIGNATION.matcher(t.get(i + 1).word()).matches() || i + 2 < t.size()
                            && t.get(i + 1).word().matches("\\d{1,4}") && PRODUCT_HEADS.contains(lower(t.get(i + 2))))) {
                        // "Tornado GR4", "the Type 45 destroyer": a name and its designation.
                        out.add(mention(text, t.get(i).start(), t.get(i + 1).end(), EntityType.PRODUCT, out.size()));
                        j = i + 2;
                    } else if (headOfName(t, i)) {
                        // "the Museum of Flight", "the Hospital of Saint John", "University of Sheffield": the head
                        // noun first, then "of" and a name, which belongs to it whatever its own tag.
                        j = i + 2;
                        while (j < t.size() && (startsName(t, j) || glued(t, j))) {
                            j++;
                        }
                        String head = lower(t.get(i));
                        out.add(mention(text, t.get(i).start(), t.get(j - 1).end(), head.equals("university")
                                || head.equals("academy") ? EntityType.ORGANIZATION : EntityType.FACILITY, out.size()));
                    } else if (startsName(t, i) && i > 0 && FACILITY_HEADS.contains(lower(t.get(i - 1)))
                            && isLowerWord(t.get(i - 1).word())) {
                        // "the station Artyom-Primorsky 1": a name right after a facility noun, numbers included.
                        j = glue(t, i);
                        while (j < t.size() && (startsName(t, j) || "CD".equals(t.get(j).pos()))) {
                            j = glue(t, j);
                        }
                        out.add(mention(text, t.get(i).start(), t.get(j - 1).end(), EntityType.FACILITY, out.size()));
                    } else if (i > 0 && startsName(t, i) || operation(t, i, Math.min(i + 2, t.size()))
                            && startsName(t, i + 1)) {
                        // A name the tagger missed, typed only by a head noun after it: "Sukhoi aircraft maker"; or
                        // by "Operation" before it, which may open a sentence.
                        while (j < t.size() && (startsName(t, j) || glued(t, j)) && coarse(t.get(j).ner()) == null) {
                            j++;
                        }
                        Entity e = typed(text, t, i, j, "NONE", out.size());
                        if (e != null) {
                            out.add(e);
                        } else if (acronym(t, i)) {
                            j = i + 1;
                            out.add(mention(text, t.get(i).start(), t.get(i).end(), EntityType.ORGANIZATION, out.size()));
                        }
                    } else if (acronym(t, i)) {
                        out.add(mention(text, t.get(i).start(), t.get(i).end(), EntityType.ORGANIZATION, out.size()));
                    }
                    i = j;
                    continue;
                }
                while (j < t.size() && (tag.equals(coarse(t.get(j).ner())) || j > i && glued(t, j))
                        && text.substring(t.get(j - 1).end(), t.get(j).start()).indexOf('\n') < 0
                        && !countryPair(text, t, i, j) && !(j > i + 1 && isLegalForm(t.get(j - 1)))) {
                    j++;
                }
                if (tag.equals("ORGANIZATION") && i > 0 && isLegalForm(t.get(i - 1)) && j - i >= 2 && j - i <= 3) {
                    tag = "PERSON"; // "chairman of Chrysler LLC Jim Press": a company's name ends at its legal form
                }
                while (j - 1 > i && t.get(j - 1).word().equals("-")) {
                    j--; // a hyphen ends no name: "Delhi-" of "Delhi-based"
                }
                Entity e = typed(text, t, i, j, tag, out.size());
                if (e != null) {
                    out.add(e);
                }
                i = j;
            }
        }
        if (expansions(r, out)) {
            out.sort(java.util.Comparator.comparingInt(m -> m.mentions().get(0).start()));
        }
        return new Reading(r.article(), r.sentences(), outermost(out), r.times(), r.quotes(), r.attributions());
    }

    /**
     * Adds, as one organisation's name (an operation's when it says "Operation"), each run of three or more
     * capitalised words whose initials spell an acronym the text uses: "the Islamic State of Iraq and the Levant
     * (ISIL)" is one name, not a state of Iraq and a person called Levant, and so is "the Islamic State of Iraq and
     * Levant" in a text that says "ISIL" elsewhere. Small words inside ("of", "and the") are skipped, as acronyms
     * skip them. Returns whether any was added.
     */
    private static boolean expansions(Reading r, List<Entity> out) {
        String text = r.article().text();
        // By last letter: a run can only end in a word that starts with its acronym's last letter.
        java.util.Map<Character, Set<String>> acronyms = new java.util.HashMap<>();
        for (Sentence s : r.sentences()) {
            for (Token x : s.tokens()) {
                if (x.word().matches("\\p{Lu}{3,8}")) {
                    acronyms.computeIfAbsent(x.word().charAt(x.word().length() - 1), c -> new java.util.TreeSet<>())
                            .add(x.word());
                }
            }
        }
        boolean added = false;
        for (Sentence s : r.sentences()) {
            List<Token> t = s.tokens();
            for (int e = 2; e < t.size() && !acronyms.isEmpty(); e++) {
                String last = t.get(e).word();
                Set<String> ending = last.isEmpty() ? Set.of() : acronyms.getOrDefault(last.charAt(0), Set.of());
                for (String acronym : ending) {
                    int from = spelt(t, e + 1, acronym);
                    if (from < 0 || e + 1 - from <= 2) {
                        continue;
                    }
                    int start = t.get(from).start(), end = t.get(e).end();
                    if (out.stream().noneMatch(m -> m.mentions().get(0).start() <= start
                            && m.mentions().get(0).end() >= end)) {
                        EntityType type = operation(t, from, e + 1) ? EntityType.EVENT : EntityType.ORGANIZATION;
                        out.add(mention(text, start, end, type, out.size()));
                        added = true;
                    }
                }
            }
        }
        return added;
    }

    /** The first token of the run ending before token {@code end} whose initials spell {@code acronym}, or -1. */
    private static int spelt(List<Token> t, int end, String acronym) {
        int letter = acronym.length() - 1;
        int k = end - 1;
        while (k >= 0 && letter >= 0) {
            String w = t.get(k).word();
            if (UNSPELT.contains(w) && letter < acronym.length() - 1) {
                k--;
                continue;
            }
            if (w.isEmpty() || w.charAt(0) != acronym.charAt(letter)) {
                return -1;
            }
            letter--;
            k--;
        }
        return letter < 0 ? k + 1 : -1;
    }

    /**
     * The mentions that lie inside no other: a facility or product name that swallowed the names before it ("the
     * Yuri Gagarin … Aircraft Plant") leaves no person behind. Ids are given anew, in text order.
     */
    private static List<Entity> outermost(List<Entity> mentions) {
        List<Entity> kept = new ArrayList<>();
        for (Entity m : mentions) {
            Span s = m.mentions().get(0);
            boolean inside = mentions.stream().anyMatch(o -> o != m && o.mentions().get(0).start() <= s.start()
                    && o.mentions().get(0).end() >= s.end()
                    && o.mentions().get(0).end() - o.mentions().get(0).start() > s.end() - s.start());
            if (!inside) {
                kept.add(m);
            }
        }
        if (kept.size() == mentions.size()) {
            return mentions;
        }
        List<Entity> renumbered = new ArrayList<>();
        for (Entity m : kept) {
            renumbered.add(new Entity("m" + (renumbered.size() + 1), m.name(), m.type(), m.aliases(), m.mentions(), m.geo()));
        }
        return renumbered;
    }

    /** The mention of tokens [i, j) tagged {@code tag}, retyped by its context; null when it names nothing. */
    private static Entity typed(String text, List<Token> t, int i, int j, String tag, int n) {
        int start = t.get(i).start(), end = t.get(j - 1).end();
        String last = lower(t.get(j - 1));
        for (int k = i; k < j; k = glue(t, k)) {
            String word = text.substring(t.get(k).start(), t.get(Math.min(glue(t, k), j) - 1).end());
            if (MODEL.matcher(word).matches() && !isAllCapsWord(word) || k > i && DESIGNATION.matcher(word).matches()) {
                return mention(text, start, end, EntityType.PRODUCT, n);
            }
        }
        if (tag.equals("LOCATION") && j < t.size() && startsName(t, j) && NEWSPAPER_WORDS.contains(lower(t.get(j)))
                && !(j + 1 < t.size() && startsName(t, j + 1))) {
            return mention(text, start, t.get(j).end(), EntityType.ORGANIZATION, n); // "the Moscow Times"
        }
        if (last.equals("church") && j - i > 1 && DENOMINATIONS.contains(lower(t.get(j - 2)))) {
            return mention(text, start, end, EntityType.ORGANIZATION, n);
        }
        if (tag.equals("LOCATION") || tag.equals("MISC")) {
            // A governing body named by its place: "the UK Government", "the Federal Government of Iraq".
            if (j < t.size() && startsName(t, j) && GOVERNMENT_HEADS.contains(lower(t.get(j)))
                    && !(j + 1 < t.size() && startsName(t, j + 1))) {
                return mention(text, start, t.get(j).end(), EntityType.ORGANIZATION, n);
            }
            if (tag.equals("LOCATION") && i >= 2 && t.get(i - 1).word().equals("of")
                    && Character.isUpperCase(t.get(i - 2).word().charAt(0)) && GOVERNMENT_HEADS.contains(lower(t.get(i - 2)))) {
                int from = i - 2;
                while (from > 0 && startsName(t, from - 1) && coarse(t.get(from - 1).ner()) == null) {
                    from--;
                }
                return mention(text, t.get(from).start(), end, EntityType.ORGANIZATION, n);
            }
        }
        if (j - i == 1 && TIME_ZONES.contains(t.get(i).word())) {
            return null; // "16:15 UTC": part of a time, not a body
        }
        if (i > 0 && HONORIFICS.contains(t.get(i - 1).word()) && !tag.equals("LOCATION")
                && !(tag.equals("ORGANIZATION") && t.get(i - 1).word().startsWith("Dr"))) {
            // "Mr Howard", whatever the tagger said; but "Dr Pepper" may well be the drink's maker
            return mention(text, start, end, EntityType.PERSON, n);
        }
        if (tag.equals("NONE") && i > 2 && Speech.isVerb(t.get(i - 1)) && "''".equals(t.get(i - 2).pos())) {
            return mention(text, start, end, EntityType.PERSON, n); // '"…," said Angers': the quote's speaker
        }
        if (tag.equals("PERSON") && j - i == 1 && i > 0 && namedByOrganisationNoun(t, i, j)) {
            return mention(text, start, end, EntityType.ORGANIZATION, n);
        }
        // Capitals only: an acronym is an organisation's name, hardly ever a person's ("ISIL", "SDF").
        if (tag.equals("PERSON") && isAcronymRun(t, i, j) && t.stream().anyMatch(x -> x.word().matches(".*\\p{Ll}{2}.*"))) {
            return mention(text, start, end, EntityType.ORGANIZATION, n);
        }
        // A lone adjective ("Russian" in "the Russian news agency") names nothing, whatever its tag.
        if (j - i == 1 && t.get(i).pos().startsWith("JJ")) {
            return null;
        }
        // A lowercase run after the name, up to its head noun: "aircraft maker", "multi-purpose cruise missile systems".
        int h = j;
        while (h < t.size() && h < j + 5 && (isLowerWord(t.get(h).word()) || "CD".equals(t.get(h).pos()))
                && isModifier(t.get(h))) {
            h++;
        }
        String head = null;
        boolean product = false;
        for (int k = j; k < h; k++) {
            if (t.get(k).pos().startsWith("NN")) {
                head = lower(t.get(k));
            }
            product |= PRODUCT_HEADS.contains(lower(t.get(k)));
        }
        // "the Knevichi airport", but not "a US prison": a country names where a facility is, not which.
        if (j < t.size() && isLowerWord(t.get(j).word()) && FACILITY_HEADS.contains(lower(t.get(j)))
                && t.get(j).pos().startsWith("NN") && !(tag.equals("PERSON") && j - i > 1)
                && Countries.code(text.substring(start, end)) == null) {
            return mention(text, start, t.get(j).end(), EntityType.FACILITY, n);
        }
        if (head != null && ORGANIZATION_HEADS.contains(head)) {
            return mention(text, start, end, EntityType.ORGANIZATION, n);
        }
        // "Royal Navy helicopters": a force or a body before a product noun operates it, and is no product's name.
        if ((product || head != null && PRODUCT_HEADS.contains(head)) && !ORGANIZATION_NAME_ENDS.contains(last)) {
            // Titles and numbers are part of a product's name: "the Marshal Shaposhnikov frigate", "Superjet 100".
            int from = i;
            while (from > 0 && startsName(t, from - 1) && coarse(t.get(from - 1).ner()) == null) {
                from--;
            }
            int to = j;
            while (to < t.size() && "CD".equals(t.get(to).pos()) && t.get(to).word().matches("\\d+")) {
                to++;
            }
            return mention(text, t.get(from).start(), t.get(to - 1).end(), EntityType.PRODUCT, n);
        }
        if (FACILITY_HEADS.contains(last) && j - i > 1 && !last.equals("university")) {
            // The names before the head belong to it: "the Yuri Gagarin Komsomolsk-on-Amur Aircraft Plant".
            int from = i;
            while (from > 0) {
                if (glued(t, from - 1)) {
                    from -= 2;          // a hyphenated word: "Komsomolsk-on-Amur"
                } else if (startsName(t, from - 1)) {
                    from--;
                } else {
                    break;
                }
            }
            return mention(text, t.get(from).start(), end, EntityType.FACILITY, n);
        }
        if (EVENT_HEADS.contains(last) && j - i > 1 || operation(t, i, j)) {
            return mention(text, start, end, EntityType.EVENT, n);
        }
        String before = i > 0 ? lower(t.get(i - 1)) : "";
        String before2 = i > 1 ? lower(t.get(i - 2)) : "";
        boolean placeCue = PLACE_NOUNS.contains(before) && isLowerWord(t.get(i - 1).word())
                || before.equals("of") && PLACE_NOUNS.contains(before2);
        // "near Ar Raqqah": untagged capitalised words before the name belong to it.
        int near = i;
        while (near > 0 && startsName(t, near - 1) && coarse(t.get(near - 1).ner()) == null
                && !NEAR_PREPOSITIONS.contains(lower(t.get(near - 1)))) {
            near--;
        }
        if (tag.equals("PERSON") && near > 0 && NEAR_PREPOSITIONS.contains(lower(t.get(near - 1)))) {
            return mention(text, t.get(near).start(), end, EntityType.LOCATION, n);
        }
        if (tag.equals("PERSON") && (placeCue || j - i == 1 && PLACE_PREPOSITIONS.contains(before)
                && !(j < t.size() && t.get(j).word().startsWith("'")))) {
            return mention(text, start, end, EntityType.LOCATION, n);
        }
        if (placeCue && FACILITY_HEADS.contains(before)) {
            return mention(text, start, end, EntityType.FACILITY, n);
        }
        // A name cited as a source ("citing Agence France-Presse", "according to Interfax") is an organisation or a
        // person; unknown to the tagger, it is most often a news organisation.
        boolean cited = Speech.CITING.contains(before) || before.equals("to") && before2.equals("according")
                // "The Guardian cited", "The Canadian Press reported": a "the" name that reports is a news outlet
                || before.equals("the") && j < t.size() && t.get(j).pos().startsWith("VB")
                && Speech.PUBLISHING.contains(t.get(j).lowerLemma());
        if (cited && (tag.equals("NONE") || tag.equals("MISC"))) {
            int to = j;
            while (to < t.size() && (startsName(t, to) || glued(t, to))) {
                to++;
            }
            return mention(text, start, t.get(to - 1).end(), EntityType.ORGANIZATION, n);
        }
        // Capitalised words the tagger missed, or took for a place, that end in an organisation's noun: "Combined
        // Joint Task Force", "the International Tennis Federation"; but "the Russian Federation" and "the Soviet
        // Union" are countries, and "the Western Front" and "the Oval Office" places.
        if ((tag.equals("NONE") || tag.equals("LOCATION") && Countries.code(text.substring(start, end)) == null
                && !PLACE_LIKE_ENDS.contains(last)) && j - i > 1 && ORGANIZATION_NAME_ENDS.contains(last)) {
            return mention(text, start, end, EntityType.ORGANIZATION, n);
        }
        return switch (tag) {
            case "NONE" -> null;
            case "PERSON" -> mention(text, start, end, EntityType.PERSON, n);
            case "ORGANIZATION" -> mention(text, start, end, EntityType.ORGANIZATION, n);
            case "LOCATION" -> mention(text, start, end, EntityType.LOCATION, n);
            // MISC: nationalities and other adjectives name no entity of their own.
            default -> isAdjectival(t, i, j) && !ORGANIZATION_NAME_ENDS.contains(last) ? null
                    : mention(text, start, end, ORGANIZATION_NAME_ENDS.contains(last) ? EntityType.ORGANIZATION
                    : EntityType.OTHER, n);
        };
    }

    /**
     * The end (exclusive) of a capitalised title starting at token {@code i}, or {@code i} when none starts there:
     * capitalised words ending in an office noun ("U.S. Secretary", "Inherent Resolve Commander", "Prime Minister"),
     * then "of" or "for" and a place or a one-word department ("of State", "for the Middle East", "of Syria"). It
     * stops before the holder's name ("Foreign Secretary | Boris Johnson") and before a name of several words that
     * is an organisation of its own ("Chief Executive Officer | of General Motors"). An office noun followed by
     * another capitalised word ("General Motors", "Secretary General") is not the end of a title.
     */
    static int title(List<Token> t, int i) {
        if (i > 0 && isTitleWord(t.get(i - 1)) || i > 1 && Set.of("of", "for", "and", "&").contains(t.get(i - 1).word())
                && startsName(t, i - 2)) {
            return i; // titles start at the first capitalised word, not inside "Museum of Flight"
        }
        int head = -1;
        int k = i;
        while (k < t.size() && (isTitleWord(t.get(k)) || isDepartmentWord(t.get(k)))) {
            if (TITLE_HEADS.contains(lower(t.get(k)))) {
                head = k;
            }
            k++;
        }
        boolean ministry = head >= 0 && Set.of("secretary", "minister").contains(lower(t.get(head)));
        if (!ministry) {
            // Only a minister's office takes its department's name in: "Defense Secretary", "FCO Minister"; "Google
            // CEO" is a company and a title.
            for (k = i, head = -1; k < t.size() && isTitleWord(t.get(k)); k++) {
                if (TITLE_HEADS.contains(lower(t.get(k)))) {
                    head = k;
                }
            }
        }
        if (head < 0 || head + 1 < k || k < t.size() && startsName(t, k) && !"PERSON".equals(coarse(t.get(k).ner()))) {
            return i; // no office noun, or one followed by more capitalised words: "General Motors"
        }
        int end = head + 1;
        if (end + 1 < t.size() && Set.of("of", "for").contains(t.get(end).word())) {
            int from = end + 1 < t.size() && t.get(end + 1).word().equals("the") ? end + 2 : end + 1;
            int to = from;
            while (to < t.size() && startsName(t, to) && !"PERSON".equals(coarse(t.get(to).ner()))) {
                to++;
            }
            String tag = to > from ? coarse(t.get(from).ner()) : null;
            // A minister's department ("Secretary of State") is part of the title; a company ("Vice Chairman of
            // Chrysler", "CEO of GM") is a name of its own.
            boolean department = to - from == 1 && Set.of("secretary", "minister").contains(lower(t.get(head)))
                    && !isAcronymRun(t, from, to);
            if (to > from && (!"ORGANIZATION".equals(tag) || department)) {
                end = to;
            }
        }
        return end;
    }

    /** "Operation Inherent Resolve": a military operation's name, an event. */
    private static boolean operation(List<Token> t, int i, int j) {
        return j - i > 1 && t.get(i).word().equals("Operation");
    }

    /** Whether a mention's text is a title ("Foreign Secretary", "President of Syria") rather than a name. */
    static boolean isTitle(String mention) {
        String[] w = mention.strip().split("(?U)\\s+");
        String head = null;
        for (String x : w) {
            if (x.equals("of") || x.equals("for")) {
                break;
            }
            head = x;
        }
        return head != null && Character.isUpperCase(head.charAt(0)) && TITLE_HEADS.contains(head.toLowerCase(Locale.ROOT));
    }

    /** A capitalised word the tagger read as an organisation's: "Defense" of "Defense Secretary". */
    private static boolean isDepartmentWord(Token x) {
        return "ORGANIZATION".equals(coarse(x.ner())) && Character.isUpperCase(x.word().charAt(0))
                && x.pos().startsWith("NNP");
    }

    /**
     * A capitalised word that can be part of a title: "Foreign", "Iraqi", "Deputy". A place or body the tagger found
     * before the office ("U.S. Senator", "NASA Administrator") stays a mention of its own, unless it is a minister's
     * department ({@link #isDepartmentWord}).
     */
    private static boolean isTitleWord(Token x) {
        String w = x.word();
        String ner = coarse(x.ner());
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || ner != null && !ner.equals("MISC")) {
            return false;
        }
        return x.pos().startsWith("NNP") || x.pos().startsWith("JJ") || TITLE_HEADS.contains(w.toLowerCase(Locale.ROOT));
    }

    /** The end (exclusive) of a ship's name starting at token {@code i} ("HMS Ocean"), or {@code i}. */
    private static int ship(List<Token> t, int i) {
        if (!SHIP_PREFIXES.contains(t.get(i).word()) || i + 1 >= t.size() || !startsName(t, i + 1)
                || t.get(i + 1).word().chars().allMatch(c -> !Character.isLowerCase(c))) {
            return i;
        }
        int j = i + 1;
        while (j < t.size() && (startsName(t, j) || j > i + 1 && t.get(j).word().matches("de|da|del|von|van|of")
                && j + 1 < t.size() && startsName(t, j + 1))) {
            j++;
        }
        return j;
    }

    /**
     * Whether the hyphenated word [i, g) is one or more countries' names standing alone as proper nouns: not part of a
     * longer name, so "Michael Jordan" or "Georgia Tech" are left to the tagger.
     */
    private static boolean countries(List<Token> t, int i, int g) {
        if (i > 0 && t.get(i - 1).pos().startsWith("NNP") || g < t.size() && t.get(g).pos().startsWith("NNP")) {
            return false;
        }
        for (int k = i; k < g; k += 2) {
            if (!t.get(k).pos().startsWith("NNP") || Countries.code(t.get(k).word()) == null) {
                return false;
            }
        }
        return true;
    }

    /** "UK-France", "U.S.-Iraq": two countries that a hyphen pairs, not one name (as "Guinea-Bissau" is). */
    private static boolean countryPair(String text, List<Token> t, int i, int j) {
        return glued(t, j) && Countries.code(text.substring(t.get(i).start(), t.get(j - 1).end())) != null
                && Countries.code(t.get(j + 1).word()) != null;
    }

    /** Whether token {@code k} is a hyphen touching both neighbours ("Su-57" tokenised as Su, -, 57). */
    private static boolean glued(List<Token> t, int k) {
        return k > 0 && k + 1 < t.size() && t.get(k).word().equals("-") && t.get(k - 1).end() == t.get(k).start()
                && t.get(k).end() == t.get(k + 1).start();
    }

    /** The end (exclusive) of the hyphenated word that starts at token {@code i}. */
    static int glue(List<Token> t, int i) {
        int j = i + 1;
        while (glued(t, j)) {
            j += 2;
        }
        return j;
    }

    /** A demonym or similar adjective: "Russian", "North Korean" before a noun. */
    private static boolean isAdjectival(List<Token> t, int i, int j) {
        if (t.get(j - 1).pos().equals("JJ") || t.get(j - 1).pos().equals("NNPS")) {
            return true;
        }
        String w = t.get(j - 1).word();
        return w.matches(".*(?:an|ese|ish|i)") && j < t.size() && t.get(j).word().matches("\\p{L}.*");
    }

    /** Whether tokens [i, j) are all words of two or more capitals and no lower-case letter. */
    private static boolean isAcronymRun(List<Token> t, int i, int j) {
        for (int k = i; k < j; k++) {
            String w = t.get(k).word();
            if (w.length() < 2 || !w.chars().allMatch(c -> Character.isUpperCase(c) || c == '.' || c == '&')) {
                return false;
            }
        }
        return true;
    }

    /** The statistical tagger's coarse class of a name, or null for no name. */
    static String coarse(String ner) {
        if (ner == null) {
            return null;
        }
        return switch (ner) {
            case "PERSON", "ORGANIZATION", "LOCATION", "MISC" -> ner;
            case "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> "LOCATION";
            default -> null;
        };
    }

    private static Entity mention(String text, int start, int end, EntityType type, int n) {
        return new Entity("m" + (n + 1), text.substring(start, end), type, List.of(), List.of(new Span(start, end)), null);
    }

    private static boolean isCapitalised(Token x) {
        return !x.word().isEmpty() && Character.isUpperCase(x.word().charAt(0)) && x.pos().startsWith("NN");
    }

    private static boolean startsName(List<Token> t, int i) {
        String w = t.get(i).word();
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && t.get(i).pos().startsWith("NNP");
    }

    private static boolean isModifier(Token t) {
        String pos = t.pos();
        return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("CD") || pos.equals("VBN") && t.word().contains("-");
    }

    static boolean isLowerWord(String w) {
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0));
    }

    private static final Pattern ACRONYM_WORD = Pattern.compile("\\p{Lu}[\\p{Lu}&]{1,5}");
    private static final Pattern ROMAN = Pattern.compile("[IVXLC]+");
    /** All-capital words that are no organisation's name. */
    private static final Set<String> NOT_ACRONYMS = Set.of("TV", "OK", "AM", "PM", "CEO", "GDP", "ID", "AI", "IT", "PR",
            "HQ", "VIP", "USD", "EUR", "GBP", "RUB", "KM", "MW", "GW", "KG",
            "PDF", "URL", "FAQ", "DNA", "HIV", "AIDS", "COVID", "ISBN", "RSS", "SMS", "GPS", "IEDS",
            "NB", "PS", "HDR", "LAN", "WAN", "USB", "CPU", "GPU", "API", "HDMI", "LED", "LCD", "SSD", "RAM", "VPN",
            "TL", "DR", "SUV");

    /**
     * An acronym the tagger left untagged ("the SRTF", "CJTF"): a capitalised word of 2 to 6 letters whose
     * neighbours are not capitals too (a shouted headline), no roman numeral, unit, currency or country. News names
     * organisations this way far more often than anything else.
     */
    private static boolean acronym(List<Token> t, int i) {
        String w = t.get(i).word();
        return ACRONYM_WORD.matcher(w).matches() && !ROMAN.matcher(w).matches() && !NOT_ACRONYMS.contains(w)
                && !TIME_ZONES.contains(w)
                && Countries.code(w) == null && (t.get(i).pos().startsWith("NNP") || w.length() > 2 && t.get(i).pos().equals("NN"))
                && (i == 0 || !ACRONYM_WORD.matcher(t.get(i - 1).word()).matches() && !isCapsWord(t.get(i - 1).word()))
                && (i + 1 >= t.size() || !isCapsWord(t.get(i + 1).word()));
    }

    /** A word of two or more capitals: "ISIL", "AT&T". */
    static boolean isCapsWord(String w) {
        return w.length() > 1 && w.chars().allMatch(c -> Character.isUpperCase(c) || c == '&' || c == '-');
    }

    private static boolean isAllCapsWord(String w) {
        int dash = w.indexOf('-');
        return dash >= 3 && w.substring(0, dash).chars().allMatch(Character::isUpperCase);
    }

    static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }
}
