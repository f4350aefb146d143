package dateline.resolve;

import dateline.reading.Names;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Place names to places, offline: about 200,000 GeoNames populated places, their first-level divisions and the
 * countries, compiled at build time into {@code gazetteer.bin} by {@link GazetteerBuilder}, plus the curated
 * {@code facilities.csv} (airports, spaceports, stations, plants) that GeoNames' city files lack.
 *
 * <p>Load it once per process ({@link #load()} takes a fraction of a second) and share it: it is read-only and safe to
 * use from many threads. Names are matched after {@link #Names.key(String) folding} case, accents and punctuation.
 */
public final class Gazetteer {
    static final int MAGIC = 0x47415a32;
    static final String RESOURCE = "/dateline/resolve/gazetteer.bin";
    static final String FACILITIES = "/dateline/resolve/facilities.csv";
    static final String DEMONYMS = "/dateline/resolve/demonyms.csv";

    /** Words that name the kind of division rather than the division: "Primorye Region" is Primorye. */
    private static final Set<String> DIVISION_WORDS = Set.of("region", "krai", "kray", "oblast", "province",
            "prefecture", "governorate", "territory", "state", "county", "district", "okrug", "autonomous",
            "republic", "municipality", "voivodeship", "department", "canton", "city", "area", "oblysy");
    private static final Set<String> DIVISION_PREFIXES = Set.of("republic of ", "state of ", "province of ",
            "city of ", "region of ", "the ");

    private final String[] ids;
    private final String[] names;
    private final float[] lats;
    private final float[] lons;
    private final byte[] kinds;
    private final String[] countries;
    private final String[] admin1s;
    private final long[] populations;
    private final long[] hashes;
    private final int[] offsets;
    private final int[] postings;
    private final Map<String, List<Place>> facilities;
    private final Map<String, String> demonyms;

    private Gazetteer(DataInputStream in, Map<String, List<Place>> facilities, Map<String, String> demonyms)
            throws IOException {
        if (in.readInt() != MAGIC) {
            throw new IOException("gazetteer.bin has an unknown format; rebuild with mvn package");
        }
        int n = in.readInt();
        ids = new String[n];
        names = new String[n];
        lats = new float[n];
        lons = new float[n];
        kinds = new byte[n];
        countries = new String[n];
        admin1s = new String[n];
        populations = new long[n];
        for (int i = 0; i < n; i++) {
            ids[i] = in.readUTF();
            names[i] = in.readUTF();
            lats[i] = in.readFloat();
            lons[i] = in.readFloat();
            kinds[i] = in.readByte();
            countries[i] = in.readUTF().intern();
            admin1s[i] = in.readUTF().intern();
            populations[i] = in.readLong();
        }
        int k = in.readInt();
        hashes = new long[k];
        for (int i = 0; i < k; i++) {
            hashes[i] = in.readLong();
        }
        offsets = new int[k + 1];
        for (int i = 0; i <= k; i++) {
            offsets[i] = in.readInt();
        }
        postings = new int[offsets[k]];
        for (int i = 0; i < postings.length; i++) {
            postings[i] = in.readInt();
        }
        this.facilities = facilities;
        this.demonyms = demonyms;
    }

    /** Loads the gazetteer compiled into the jar. */
    public static Gazetteer load() {
        try (InputStream raw = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("gazetteer.bin is missing from the classpath; build with mvn package");
            }
            DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16));
            return new Gazetteer(in, loadFacilities(), loadDemonyms());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer", e);
        }
    }

    /** Every place known by this name (folded with {@link #Names.key(String)}), facilities first; empty when none. */
    public List<Place> lookup(String name) {
        String key = Names.key(name);
        if (key.isEmpty()) {
            return List.of();
        }
        List<Place> found = new ArrayList<>(facilities.getOrDefault(key, List.of()));
        int at = Arrays.binarySearch(hashes, hash(key));
        if (at >= 0) {
            for (int p = offsets[at]; p < offsets[at + 1]; p++) {
                found.add(place(postings[p]));
            }
        }
        return found;
    }

    /** The country with this ISO 3166-1 alpha-2 code, or null. */
    public Place country(String iso) {
        for (Place p : lookup(new Locale("", iso).getDisplayCountry(Locale.ENGLISH))) {
            if (p.kind() == Place.Kind.COUNTRY && p.country().equals(iso)) {
                return p;
            }
        }
        return null;
    }

    /** The ISO code of the country an adjective or demonym names ("Chilean" → "CL"), or null. */
    public String countryOfDemonym(String words) {
        return demonyms.get(Names.key(words));
    }

    public int size() {
        return ids.length;
    }

    private Place place(int i) {
        // Stored as floats (a metre's precision); rounded so that printed coordinates do not show float noise.
        return new Place(ids[i], names[i], round(lats[i]), round(lons[i]), Place.Kind.values()[kinds[i]], countries[i],
                admin1s[i], populations[i]);
    }

    private static double round(float degrees) {
        return Math.round(degrees * 1e5) / 1e5;
    }


    /**
     * A folded name without the words that only say what kind of division it is: "primorye region" → "primorye",
     * "republic of korea" → "korea"; the key itself when nothing would remain.
     */
    public static String withoutDivisionWords(String key) {
        String s = key;
        for (String prefix : DIVISION_PREFIXES) {
            if (s.startsWith(prefix) && s.length() > prefix.length()) {
                s = s.substring(prefix.length());
            }
        }
        List<String> words = new ArrayList<>(List.of(s.split(" ")));
        while (words.size() > 1 && DIVISION_WORDS.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words);
    }

    /** FNV-1a, 64 bits: the index stores hashes, not names, to stay small (collisions are negligible at 10^6 keys). */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** demonyms.csv: ISO code;adjective. */
    private static Map<String, String> loadDemonyms() throws IOException {
        Map<String, String> byKey = new HashMap<>();
        try (InputStream raw = Gazetteer.class.getResourceAsStream(DEMONYMS)) {
            if (raw == null) {
                return byKey;
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split(";", 2);
                    byKey.put(Names.key(f[1]), f[0].strip());
                }
            }
        }
        return byKey;
    }

    /** facilities.csv: name;aliases (|-separated);lat;lon;country;wikidata id (may be empty). */
    private static Map<String, List<Place>> loadFacilities() throws IOException {
        Map<String, List<Place>> byKey = new HashMap<>();
        try (InputStream raw = Gazetteer.class.getResourceAsStream(FACILITIES)) {
            if (raw == null) {
                return byKey;
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("name;")) {
                    continue;
                }
                String[] f = line.split(";", -1);
                if (f.length < 6) {
                    throw new IOException("facilities.csv: expected 6 fields in: " + line);
                }
                String id = f[5].isBlank() ? "facility:" + Names.key(f[0]).replace(' ', '-') : "wikidata:" + f[5].strip();
                Place p = new Place(id, f[0].strip(), Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                        Place.Kind.FACILITY, f[4].strip(), "", 0);
                List<String> all = new ArrayList<>(List.of(f[0]));
                if (!f[1].isBlank()) {
                    all.addAll(List.of(f[1].split("\\|")));
                }
                for (String name : all) {
                    List<Place> list = byKey.computeIfAbsent(Names.key(name), x -> new ArrayList<>());
                    if (!list.contains(p)) {
                        list.add(p);
                    }
                }
            }
        }
        return byKey;
    }
}
