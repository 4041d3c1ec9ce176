package org.tansiq.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.tansiq.text.NameKeys;

/**
 * The world's continents and regions, as places whose extent is the union of their member
 * countries' outlines:
 * <ul>
 *   <li>the UN M49 regions from Unicode CLDR (npm {@code cldr-core}: which countries each region
 *       contains; {@code cldr-localenames-full}: their Arabic and English names), «أفريقيا»,
 *       «شمال أفريقيا», «غرب آسيا», «أوروبا الشرقية»...;</li>
 *   <li>the regions news names that M49 lacks, from db/gazetteer/world-regions.csv, each row with
 *       its members and the source of its definition: «الشرق الأوسط», «الخليج», «بلاد الشام»...;
 *       a row keyed by an M49 code only adds spellings to that region.</li>
 * </ul>
 * Source {@code region}, id the M49 code or the CSV key; feature {@code L CONT} for the
 * continents, {@code L RGN} for the rest. The point is the mean of the members' points (the
 * centre of a region's outline can fall in one big member's far corner: Europe's in Siberia);
 * the members' outlines travel as one GeoJSON GeometryCollection that the loader unions.
 */
final class WorldRegionsReader {

    /** Part of the load's checksum: when these rules change, the same files load again. */
    static final String RULES_VERSION = "1";
    static final String SOURCE = "region";
    static final List<String> HEADER = List.of("key", "name_ar", "name_en", "alt_names", "members",
            "feature_code", "source");
    /** M49 codes of the continents (the world, 001, is no place a text locates anything in). */
    private static final Set<String> CONTINENTS = Set.of("002", "003", "005", "009", "019", "142", "150");
    private static final String WORLD = "001";
    /** Within the npm packages folder: which countries each region contains, and the regions' names. */
    static final String CONTAINMENT = "cldr-core/supplemental/territoryContainment.json";
    static final String ARABIC = "cldr-localenames-full/main/ar/territories.json";
    static final String ENGLISH = "cldr-localenames-full/main/en/territories.json";

    /** A country of the world-countries package: its point and its outline file's name. */
    record Country(String cca2, String cca3, double lat, double lon) {
    }

    private WorldRegionsReader() {
    }

    /**
     * @param packages the node_modules folder holding the npm packages cldr-core and cldr-localenames-full
     * @param curated world-regions.csv
     * @param countries world-countries' countries.json; outlines are read from data/ beside it
     */
    static List<GazetteerEntry> read(Path packages, Reader curated, Path countries, ObjectMapper json)
            throws IOException {
        Map<String, List<String>> containment = containment(readJson(json,
                packages.resolve(CONTAINMENT)));
        JsonNode arabic = territories(readJson(json, packages.resolve(ARABIC)), "ar");
        JsonNode english = territories(readJson(json, packages.resolve(ENGLISH)), "en");
        Map<String, Country> byCca2 = countries(readJson(json, countries));

        Map<String, Region> regions = new LinkedHashMap<>();
        for (String code : containment.keySet()) {
            if (code.chars().allMatch(Character::isDigit) && !code.equals(WORLD)) {
                Region r = new Region(code, CONTINENTS.contains(code) ? "CONT" : "RGN");
                r.nameAr = text(arabic, code);
                r.nameEn = text(english, code);
                arabic.fieldNames().forEachRemaining(f -> {
                    if (f.startsWith(code + "-alt-")) {
                        r.names.add(arabic.path(f).asText());
                    }
                });
                r.members.addAll(countriesIn(code, containment));
                regions.put(code, r);
            }
        }
        List<List<String>> rows = Csv.read(curated);
        if (!rows.isEmpty()) {
            Map<String, Integer> col = Csv.columns(rows.get(0), HEADER, "world regions");
            for (int i = 1; i < rows.size(); i++) {
                curatedRow(rows.get(i), col, i + 1, regions, containment);
            }
        }
        List<GazetteerEntry> entries = new ArrayList<>();
        Path outlines = countries.resolveSibling("data");
        for (Region r : regions.values()) {
            GazetteerEntry e = r.toEntry(byCca2, outlines, json);
            if (e != null) {
                entries.add(e);
            }
        }
        return entries;
    }

    private static void curatedRow(List<String> row, Map<String, Integer> col, int line, Map<String, Region> regions,
            Map<String, List<String>> containment) {
        java.util.function.Function<String, String> get = name -> {
            int i = col.get(name);
            return i < row.size() ? row.get(i).strip() : "";
        };
        String key = get.apply("key");
        String source = get.apply("source");
        if (key.isEmpty() || source.isEmpty()) {
            throw new IllegalArgumentException("world regions line " + line + ": every row needs a key and a source");
        }
        Region r = regions.get(key);
        if (r == null) {
            String members = get.apply("members");
            if (members.isEmpty()) {
                throw new IllegalArgumentException("world regions line " + line + ": " + key
                        + " is no M49 region, so it needs members");
            }
            String code = get.apply("feature_code");
            r = new Region(key, code.isEmpty() ? "RGN" : code);
            for (String m : members.split("\\s+")) {
                r.members.addAll(containment.containsKey(m) ? countriesIn(m, containment) : List.of(m));
            }
            regions.put(key, r);
        }
        if (!get.apply("name_ar").isEmpty()) {
            r.nameAr = get.apply("name_ar");
        }
        if (!get.apply("name_en").isEmpty()) {
            r.nameEn = get.apply("name_en");
        }
        Arrays.stream(get.apply("alt_names").split("\\|")).map(String::strip).filter(s -> !s.isEmpty())
                .forEach(r.names::add);
    }

    /** The countries (two-letter codes) a region holds, through its sub-regions. */
    static Set<String> countriesIn(String region, Map<String, List<String>> containment) {
        Set<String> out = new TreeSet<>();
        for (String m : containment.getOrDefault(region, List.of())) {
            if (containment.containsKey(m)) {
                out.addAll(countriesIn(m, containment));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /** CLDR's containment, without its deprecated and grouping variants. */
    private static Map<String, List<String>> containment(JsonNode root) {
        JsonNode c = root.path("supplemental").path("territoryContainment");
        Map<String, List<String>> out = new HashMap<>();
        for (Iterator<String> it = c.fieldNames(); it.hasNext(); ) {
            String code = it.next();
            if (code.contains("-status-")) {
                continue;
            }
            List<String> members = new ArrayList<>();
            c.path(code).path("_contains").forEach(m -> members.add(m.asText()));
            out.put(code, members);
        }
        return out;
    }

    private static JsonNode territories(JsonNode root, String locale) {
        return root.path("main").path(locale).path("localeDisplayNames").path("territories");
    }

    private static Map<String, Country> countries(JsonNode all) {
        Map<String, Country> out = new HashMap<>();
        for (JsonNode c : all) {
            String cca2 = c.path("cca2").asText().toUpperCase(Locale.ROOT);
            JsonNode latlng = c.path("latlng");
            if (!cca2.isEmpty() && latlng.size() == 2) {
                out.put(cca2, new Country(cca2, c.path("cca3").asText().toLowerCase(Locale.ROOT),
                        latlng.path(0).asDouble(), latlng.path(1).asDouble()));
            }
        }
        return out;
    }

    private static JsonNode readJson(ObjectMapper json, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return json.readTree(in);
        }
    }

    private static String text(JsonNode node, String field) {
        String s = node.path(field).asText("").strip();
        return s.isEmpty() ? null : s;
    }

    /** A region being assembled from CLDR and the curated rows. */
    private static final class Region {
        final String id;
        final String featureCode;
        final Set<String> names = new LinkedHashSet<>();
        final Set<String> members = new TreeSet<>();
        String nameAr;
        String nameEn;

        Region(String id, String featureCode) {
            this.id = id;
            this.featureCode = featureCode;
        }

        /** Null when no member is a known country or the region has no Arabic name. */
        GazetteerEntry toEntry(Map<String, Country> countries, Path outlines, ObjectMapper json) throws IOException {
            List<Country> known = members.stream().map(countries::get).filter(java.util.Objects::nonNull).toList();
            if (known.isEmpty() || nameAr == null) {
                return null;
            }
            Set<String> all = new LinkedHashSet<>();
            all.add(nameAr);
            if (nameEn != null) {
                all.add(nameEn);
            }
            all.addAll(names);
            Set<String> keys = new LinkedHashSet<>();
            all.stream().filter(NameKeys::isArabicScript).forEach(n -> keys.addAll(NameKeys.keys(n)));
            double lat = known.stream().mapToDouble(Country::lat).average().orElseThrow();
            double lon = known.stream().mapToDouble(Country::lon).average().orElseThrow();
            StringBuilder collection = new StringBuilder("{\"type\":\"GeometryCollection\",\"geometries\":[");
            int parts = 0;
            for (Country c : known) {
                String outline = WorldCountriesReader.outline(outlines, c.cca3(), json);
                if (outline != null) {
                    collection.append(parts++ == 0 ? "" : ",").append(outline);
                }
            }
            collection.append("]}");
            return new GazetteerEntry(SOURCE, id, nameEn != null ? nameEn : nameAr, nameAr, nameEn, List.copyOf(all),
                    keys, "L", featureCode, null, null, null, null, lat, lon, null,
                    parts == 0 ? null : new GazetteerEntry.AdminArea(collection.toString(), null, null, null));
        }
    }
}
