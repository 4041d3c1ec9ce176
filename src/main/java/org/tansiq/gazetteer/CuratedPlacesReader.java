package org.tansiq.gazetteer;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.tansiq.text.NameKeys;

/**
 * Reads db/gazetteer/curated-places.csv: places GeoNames lacks (bases, mountains,
 * governorates) and extra spellings for places it has. A row whose {@code source} starts with
 * {@code geonames:<id>} adds names to that GeoNames place rather than making a new one.
 */
public final class CuratedPlacesReader {

    static final List<String> HEADER = List.of("key", "name_ar", "name_en", "alt_names", "feature_class",
            "feature_code", "country_code", "admin1_code", "lat", "lon", "population", "source", "source_note");
    private static final String ALIAS_PREFIX = "geonames:";

    private CuratedPlacesReader() {
    }

    public static List<GazetteerEntry> read(Reader in) throws IOException {
        List<List<String>> rows = Csv.read(in);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> col = column(rows.get(0));
        List<GazetteerEntry> entries = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            entries.add(toEntry(rows.get(i), col, i + 1));
        }
        return entries;
    }

    private static Map<String, Integer> column(List<String> header) {
        Map<String, Integer> col = IntStream.range(0, header.size()).boxed()
                .collect(Collectors.toMap(i -> header.get(i).strip().replace("\uFEFF", ""), Function.identity(), (a, b) -> a));
        for (String name : HEADER) {
            if (!col.containsKey(name)) {
                throw new IllegalArgumentException("curated places: missing column " + name);
            }
        }
        return col;
    }

    private static GazetteerEntry toEntry(List<String> row, Map<String, Integer> col, int line) {
        Function<String, String> get = name -> {
            Integer i = col.get(name);
            return i < row.size() ? row.get(i).strip() : "";
        };
        String source = get.apply("source");
        if (source.isEmpty()) {
            throw new IllegalArgumentException("curated places line " + line + ": every row needs a source");
        }
        String nameAr = get.apply("name_ar");
        String nameEn = get.apply("name_en");
        Set<String> names = new LinkedHashSet<>();
        for (String n : List.of(nameAr, nameEn)) {
            if (!n.isEmpty()) {
                names.add(n);
            }
        }
        Arrays.stream(get.apply("alt_names").split("\\|")).map(String::strip).filter(s -> !s.isEmpty())
                .forEach(names::add);
        // Arabic-script names are match keys; Latin ones only when they are codes like K1 or K-1,
        // since Latin words in Arabic articles are captions and credits far more than place names.
        Set<String> keys = new LinkedHashSet<>();
        names.stream().filter(n -> NameKeys.isArabicScript(n) || n.chars().anyMatch(Character::isDigit))
                .forEach(n -> keys.addAll(NameKeys.keys(n)));
        String population = get.apply("population");
        try {
            return new GazetteerEntry(
                    GazetteerEntry.CURATED,
                    get.apply("key"),
                    nameEn.isEmpty() ? nameAr : nameEn,
                    nameAr.isEmpty() ? null : nameAr,
                    nameEn.isEmpty() ? null : nameEn,
                    List.copyOf(names),
                    keys,
                    get.apply("feature_class"),
                    get.apply("feature_code"),
                    population.isEmpty() ? null : Long.valueOf(population),
                    get.apply("country_code"),
                    get.apply("admin1_code"),
                    null,
                    Double.parseDouble(get.apply("lat")),
                    Double.parseDouble(get.apply("lon")),
                    aliasOf(source));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("curated places line " + line + ": bad number (" + e.getMessage() + ")", e);
        }
    }

    /** The GeoNames id an alias row adds names to, or null for a place of its own. */
    static String aliasOf(String source) {
        if (!source.startsWith(ALIAS_PREFIX)) {
            return null;
        }
        String rest = source.substring(ALIAS_PREFIX.length()).strip();
        int end = 0;
        while (end < rest.length() && Character.isDigit(rest.charAt(end))) {
            end++;
        }
        return end == 0 ? null : rest.substring(0, end);
    }

}
