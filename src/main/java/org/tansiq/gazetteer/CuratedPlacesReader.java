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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tansiq.text.NameKeys;

/**
 * Reads db/gazetteer/curated-places.csv: places the other sources lack (bases, mountains, the
 * Kurdistan Region) and extra spellings for places they have. A row whose {@code source} starts
 * with {@code geonames:<id>} or {@code codab:<PCODE>} adds names to that GeoNames place or
 * COD-AB unit rather than making a new one.
 */
public final class CuratedPlacesReader {

    static final List<String> HEADER = List.of("key", "name_ar", "name_en", "alt_names", "feature_class",
            "feature_code", "country_code", "admin1_code", "lat", "lon", "population", "source", "source_note");
    /** Alias sources: {@code geonames:} and a GeoNames id, or {@code codab:} and a COD-AB p-code. */
    private static final Pattern ALIAS = Pattern.compile("^(geonames):(\\d+)|^(codab):([A-Z]{2}[A-Z0-9]+)");

    private CuratedPlacesReader() {
    }

    public static List<GazetteerEntry> read(Reader in) throws IOException {
        List<List<String>> rows = Csv.read(in);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> col = Csv.columns(rows.get(0), HEADER, "curated places");
        List<GazetteerEntry> entries = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            entries.add(toEntry(rows.get(i), col, i + 1));
        }
        return entries;
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
        Set<String> written = new LinkedHashSet<>();
        for (String n : List.of(nameAr, nameEn)) {
            if (!n.isEmpty()) {
                written.add(n);
            }
        }
        Arrays.stream(get.apply("alt_names").split("\\|")).map(String::strip).filter(s -> !s.isEmpty())
                .forEach(written::add);
        // Arabic-script names are match keys; Latin ones only when they are codes like K1 or K-1,
        // since Latin words in Arabic articles are captions and credits far more than place names.
        // A name written «~سيروان» is one only after a trigger word of the place's kind («نهر سيروان»):
        // alone it is someone's name, or the unit's.
        Set<String> keys = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        for (String n : written) {
            boolean afterTrigger = n.startsWith(NameKeys.AFTER_TRIGGER_ONLY);
            String name = withoutMark(n);
            names.add(name);
            if (NameKeys.isArabicScript(name) || name.chars().anyMatch(Character::isDigit)) {
                NameKeys.keys(name).forEach(k -> keys.add(afterTrigger ? NameKeys.afterTriggerOnly(k) : k));
            }
        }
        nameAr = withoutMark(nameAr);
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
                    aliasOf(source),
                    null);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("curated places line " + line + ": bad number (" + e.getMessage() + ")", e);
        }
    }

    /** A name without its after-trigger mark («~سيروان» → «سيروان»). */
    private static String withoutMark(String name) {
        return name.startsWith(NameKeys.AFTER_TRIGGER_ONLY) ? name.substring(1).strip() : name;
    }

    /** The place an alias row adds names to, or null for a place of its own. */
    static GazetteerEntry.AliasOf aliasOf(String source) {
        Matcher m = ALIAS.matcher(source.strip());
        if (!m.find()) {
            return null;
        }
        return m.group(1) != null
                ? new GazetteerEntry.AliasOf(GazetteerEntry.GEONAMES, m.group(2), true)
                : new GazetteerEntry.AliasOf(GazetteerEntry.CODAB, m.group(4), true);
    }
}
