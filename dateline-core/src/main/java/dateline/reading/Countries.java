package dateline.reading;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Countries' English names: the JDK's ISO 3166 names ("North Korea") and, from {@code country-aliases.csv}, the other
 * names news uses ("DPRK", "Britain", "U.S."). Reading needs them to see that two names are one country and that a
 * country is acting; the gazetteer, to place them.
 */
public final class Countries {
    private static final String ALIASES = "/dateline/reading/country-aliases.csv";
    private static final Map<String, List<String>> ALIASES_BY_CODE = loadAliases();
    private static final Map<String, String> CODE_BY_KEY = index();

    private Countries() {
    }

    /** The ISO 3166-1 alpha-2 code of a country's name ("the United States", "DPRK"), or null for any other name. */
    public static String code(String name) {
        return CODE_BY_KEY.get(key(name));
    }

    /** The names beside the JDK's, by ISO code. */
    public static Map<String, List<String>> aliases() {
        return ALIASES_BY_CODE;
    }

    private static String key(String name) {
        String k = Names.inText(name);
        return k.startsWith("the ") ? k.substring(4) : k;
    }

    private static Map<String, String> index() {
        Map<String, String> byKey = new HashMap<>();
        for (String iso : Locale.getISOCountries()) {
            byKey.put(key(new Locale("", iso).getDisplayCountry(Locale.ENGLISH)), iso);
        }
        ALIASES_BY_CODE.forEach((iso, names) -> names.forEach(n -> byKey.put(key(n), iso)));
        return Map.copyOf(byKey);
    }

    /** country-aliases.csv: ISO code;name per line, # for comments. */
    private static Map<String, List<String>> loadAliases() {
        Map<String, List<String>> map = new HashMap<>();
        try (InputStream raw = Countries.class.getResourceAsStream(ALIASES)) {
            if (raw == null) {
                throw new IllegalStateException(ALIASES + " is missing from the classpath");
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(";", 2);
                map.computeIfAbsent(f[0].strip(), k -> new ArrayList<>()).add(f[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(map);
    }
}
