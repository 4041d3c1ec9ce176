package org.tansiq.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tansiq.text.NameKeys;

/**
 * Reads the world's countries and territories from the npm package {@code world-countries}
 * (mledoze/countries, ODbL 1.0): {@code countries.json} gives each one's codes, English and
 * Arabic names (common and official) and a representative point, and {@code data/<cca3>.geo.json}
 * its outline (Natural Earth derived), which becomes the place's area.
 *
 * <ul>
 *   <li>Source {@code world}, id the ISO 3166-1 alpha-3 code («world:FRA»); feature {@code A PCLI}
 *       for independent states, {@code A PCLD} for dependent territories.</li>
 *   <li>Arabic names are match keys; Latin ones are kept as names only (Latin words in Arabic
 *       articles are credits and captions far more than places).</li>
 *   <li>A one-word name shaped like a nisba adjective (ending in «ي» or «ية»: «مالي», «السعودية»,
 *       «تشيلي») is not a key: as a word it is far more often the adjective («مالي» financial,
 *       «السعودية» Saudi) than the country. Longer names keep it («جمهورية مالي»).</li>
 *   <li>Countries another source already holds (the curated rows for Iraq, its neighbours and the
 *       United States, with their hand-checked spellings) are left to that source.</li>
 * </ul>
 */
final class WorldCountriesReader {

    /** Part of the load's checksum: when these rules change, the same file loads again. */
    static final String RULES_VERSION = "1";
    static final String SOURCE = "world";

    private WorldCountriesReader() {
    }

    /**
     * @param countries the package's countries.json; outlines are read from data/ beside it
     * @param heldElsewhere ISO 3166-1 alpha-2 codes of countries another source holds
     */
    static List<GazetteerEntry> read(Path countries, Set<String> heldElsewhere, ObjectMapper json)
            throws IOException {
        JsonNode all;
        try (InputStream in = Files.newInputStream(countries)) {
            all = json.readTree(in);
        }
        List<GazetteerEntry> entries = new ArrayList<>();
        for (JsonNode c : all) {
            String cca2 = c.path("cca2").asText();
            String cca3 = c.path("cca3").asText();
            if (cca3.isEmpty() || heldElsewhere.contains(cca2.toUpperCase(Locale.ROOT))) {
                continue;
            }
            entries.add(entry(c, cca2, cca3, outline(countries.resolveSibling("data"), cca3, json)));
        }
        return entries;
    }

    private static GazetteerEntry entry(JsonNode c, String cca2, String cca3, String outline) {
        JsonNode arabic = c.path("translations").path("ara");
        String commonAr = text(arabic, "common");
        String commonEn = text(c.path("name"), "common");
        Set<String> names = new LinkedHashSet<>();
        for (String n : new String[] {commonAr, text(arabic, "official"), commonEn, text(c.path("name"), "official")}) {
            if (n != null) {
                names.add(n);
            }
        }
        c.path("altSpellings").forEach(n -> names.add(n.asText()));
        Set<String> keys = new LinkedHashSet<>();
        names.stream().filter(NameKeys::isArabicScript).forEach(n -> NameKeys.keys(n).stream()
                .filter(k -> !nisbaShaped(k)).forEach(keys::add));
        JsonNode latlng = c.path("latlng");
        return new GazetteerEntry(SOURCE, cca3, commonEn != null ? commonEn : cca3, commonAr, commonEn,
                List.copyOf(names), keys, "A", c.path("independent").asBoolean(false) ? "PCLI" : "PCLD", null,
                cca2.toUpperCase(Locale.ROOT), null, null, latlng.path(0).asDouble(), latlng.path(1).asDouble(), null,
                outline == null ? null : new GazetteerEntry.AdminArea(outline, null, null, null));
    }

    /** A one-word key ending like a nisba adjective (keys are folded: «ة» is «ه», «ى» is «ي»). */
    static boolean nisbaShaped(String key) {
        return !key.contains(" ") && (key.endsWith("ي") || key.endsWith("يه"));
    }

    /** The outline's GeoJSON geometry, or null when the package has none for the code. */
    static String outline(Path data, String cca3, ObjectMapper json) throws IOException {
        Path file = data.resolve(cca3.toLowerCase(Locale.ROOT) + ".geo.json");
        if (!Files.isReadable(file)) {
            return null;
        }
        JsonNode features = json.readTree(file.toFile()).path("features");
        return features.size() == 1 ? features.get(0).path("geometry").toString() : null;
    }

    private static String text(JsonNode node, String field) {
        String s = node.path(field).asText("").strip();
        return s.isEmpty() ? null : s;
    }
}
