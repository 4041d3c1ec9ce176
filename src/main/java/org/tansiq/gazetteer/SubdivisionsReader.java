package org.tansiq.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.tansiq.text.NameKeys;

/**
 * The first-level divisions of the world's countries (ISO 3166-2: Syria's governorates, Turkey's
 * and Iran's provinces, Ukraine's oblasts...), joined from two maintained npm packages:
 * <ul>
 *   <li>{@code iso3166-2-db} (MIT; names from Wikidata and OpenStreetMap): the Arabic and English
 *       names of each division, by ISO code ({@code regions/<CC>/ar.json}, {@code en.json});</li>
 *   <li>{@code @countrystatecity/countries} (ODbL 1.0): each division's ISO 3166-2 code, English
 *       name and a point ({@code dist/data/<Country-CC>/states.json}).</li>
 * </ul>
 * The join is by code when both packages' English names agree, else by English name within the
 * country: iso3166-2-db still carries Iran's pre-2010 codes, under which «طهران» is Fars.
 * Source {@code subdivision}, id the ISO 3166-2 code («SY-HA»), feature {@code A ADM1}.
 * <ul>
 *   <li>A type word before the name is dropped («محافظة حمص» is keyed «حمص»; after the word, the
 *       matcher's governorate trigger finds it), as is «أوبلاست» after it; «إقليم» stays, being
 *       part of a region's name.</li>
 *   <li>A name made only of generic words («المنطقة الوسطى», «الشمال», «محافظة العاصمة») is no
 *       key: in a text those words are directions and common nouns.</li>
 *   <li>A one-word name is a name on its own only when a town of the country bears it too
 *       («حمص»); otherwise only after a type word («ولاية شان»): transliterated, short foreign
 *       names are Arabic words far more often («شأن» matter, «قوة» force).</li>
 *   <li>Keys that another source's place holds (a country, a curated place, an Iraqi unit) are
 *       left to it: Iran's Kurdistan province does not take «كردستان» from the Kurdistan Region.</li>
 * </ul>
 */
final class SubdivisionsReader {

    /** Part of the load's checksum: when these rules change, the same files load again. */
    static final String RULES_VERSION = "3";
    static final String SOURCE = "subdivision";
    /** Within the npm packages folder: the two packages' manifests, whose versions pin the data. */
    static final String NAMES_PACKAGE = "iso3166-2-db/package.json";
    static final String POINTS_PACKAGE = "@countrystatecity/countries/package.json";
    private static final Pattern TYPE_BEFORE = Pattern.compile(
            "^(محافظة|محافظه|ولاية|ولايه|منطقة|منطقه|إمارة|امارة|شعبية|بلدية|مقاطعة|مقاطعه)\\s+");
    private static final Pattern TYPE_AFTER = Pattern.compile("\\s+(أوبلاست|اوبلاست|أوبلاستي)$");
    private static final Pattern BRACKETS = Pattern.compile("\\s*[(\\[].*?[)\\]]\\s*");
    /** Words that, alone or together, are no name («المنطقة الشمالية», «الوسطى»), folded. */
    private static final Set<String> GENERIC = Set.of("الشمال", "الجنوب", "الشرق", "الغرب", "الوسط", "الوسطي",
            "الشماليه", "الجنوبيه", "الشرقيه", "الغربيه", "الداخليه", "العاصمه", "المنطقه", "منطقه", "الساحل",
            "الجزيره", "البحيره", "الواحات", "الظاهره", "المركز", "المركزيه", "الشعبيه", "العليا", "السفلي",
            "الكبري", "الصغري", "الاولي", "الثانيه", "شمال", "جنوب", "شرق", "غرب", "وسط");

    private SubdivisionsReader() {
    }

    /** What was read: the entries, and how many divisions found no partner in the other package. */
    record Result(List<GazetteerEntry> entries, int unmatched, int keysLeftToOthers) {
    }

    /**
     * @param packages the node_modules folder holding both packages
     * @param heldElsewhere countries (ISO alpha-2) whose divisions another source holds (Iraq: COD-AB)
     * @param reservedKeys keys that other sources' places hold
     * @param townKeys one-word keys of GeoNames places, as {@code <country>:<key>}: a division named
     *     like a town of its country (Homs, Kherson) is found where the town is, its own name alone
     *     being no more of a risk; any other one-word name only after a type word
     * @param personNames folded given names: a one-word name that is one («فلاديمير») needs the type word
     */
    static Result read(Path packages, Set<String> heldElsewhere, Set<String> reservedKeys, Set<String> townKeys,
            Set<String> personNames, ObjectMapper json)
            throws IOException {
        Path names = packages.resolve("iso3166-2-db/regions");
        Map<String, Map<String, JsonNode>> points = points(packages.resolve("@countrystatecity/countries/dist/data"),
                json);
        List<GazetteerEntry> entries = new ArrayList<>();
        int unmatched = 0;
        int keysLeft = 0;
        Set<String> seen = new java.util.HashSet<>();
        try (DirectoryStream<Path> countries = Files.newDirectoryStream(names)) {
            for (Path country : countries) {
                String cc = country.getFileName().toString().toUpperCase(Locale.ROOT);
                Path ar = country.resolve("ar.json");
                if (heldElsewhere.contains(cc) || !Files.isReadable(ar)) {
                    continue;
                }
                Map<String, String> english = new HashMap<>();
                Path en = country.resolve("en.json");
                if (Files.isReadable(en)) {
                    readJson(json, en).forEach(r -> english.put(r.path("iso").asText(), r.path("name").asText()));
                }
                Map<String, JsonNode> states = points.getOrDefault(cc, Map.of());
                for (JsonNode r : readJson(json, ar)) {
                    String iso = r.path("iso").asText();
                    String nameAr = clean(r.path("name").asText());
                    if (!NameKeys.isArabicScript(nameAr) || generic(nameAr)) {
                        continue;
                    }
                    JsonNode state = partner(cc, iso, english.get(iso), states);
                    if (state == null) {
                        unmatched++;
                        continue;
                    }
                    Set<String> keys = new LinkedHashSet<>();
                    for (String k : NameKeys.keys(nameAr)) {
                        if (reservedKeys.contains(k)) {
                            keysLeft++;
                        } else if (k.contains(" ") || townKeys.contains(cc + ":" + k) && !personNames.contains(k)) {
                            keys.add(k);
                        } else {
                            keys.add(NameKeys.afterTriggerOnly(k));
                        }
                    }
                    // iso3166-2-db lists a few divisions twice (Yemen's Sana'a): the first wins.
                    if (keys.isEmpty() || !seen.add(state.path("iso3166_2").asText())) {
                        continue;
                    }
                    String nameEn = state.path("name").asText();
                    entries.add(new GazetteerEntry(SOURCE, state.path("iso3166_2").asText(), nameEn, nameAr, nameEn,
                            List.of(nameAr, nameEn), keys, "A", "ADM1", null, cc, null, null,
                            state.path("latitude").asDouble(), state.path("longitude").asDouble(), null, null));
                }
            }
        }
        return new Result(entries, unmatched, keysLeft);
    }

    /** The division's name without its type word, brackets or «أوبلاست». */
    static String clean(String name) {
        String s = BRACKETS.matcher(name.strip()).replaceAll(" ").strip();
        s = TYPE_BEFORE.matcher(s).replaceFirst("");
        return TYPE_AFTER.matcher(s).replaceFirst("").strip();
    }

    static boolean generic(String name) {
        for (String word : NameKeys.key(name).split(" ")) {
            if (!GENERIC.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** The other package's record of the same division, or null. */
    private static JsonNode partner(String cc, String iso, String english, Map<String, JsonNode> states) {
        JsonNode byCode = states.get(cc + "-" + iso);
        String folded = english == null ? "" : fold(english);
        if (byCode != null && (folded.isEmpty() || sameName(folded, fold(byCode.path("name").asText())))) {
            return byCode;
        }
        JsonNode found = null;
        for (JsonNode s : states.values()) {
            if (!folded.isEmpty() && sameName(folded, fold(s.path("name").asText()))) {
                if (found != null) {
                    return null;
                }
                found = s;
            }
        }
        return found;
    }

    /** Names agree when their first four letters do, once folded: «Kiev Oblast» and «Kyivska» do not. */
    private static boolean sameName(String a, String b) {
        return a.length() >= 4 && b.length() >= 4 && a.regionMatches(0, b, 0, 4);
    }

    private static final Pattern TYPE_WORDS = Pattern.compile("\\b(province|governorate|region|oblast|state|district"
            + "|city|municipality|county|department|prefecture|emirate|popularate|of|the|al|el|ar|as|ad|an|ash|at|az)\\b");

    static String fold(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return TYPE_WORDS.matcher(s).replaceAll(" ").replaceAll("[^a-z]", "");
    }

    /** Each country's divisions with a point, by ISO 3166-2 code. */
    private static Map<String, Map<String, JsonNode>> points(Path data, ObjectMapper json) throws IOException {
        Map<String, Map<String, JsonNode>> out = new HashMap<>();
        try (DirectoryStream<Path> countries = Files.newDirectoryStream(data)) {
            for (Path country : countries) {
                Path states = country.resolve("states.json");
                if (!Files.isReadable(states)) {
                    continue;
                }
                for (JsonNode s : readJson(json, states)) {
                    String code = s.path("iso3166_2").asText();
                    if (code.length() > 3 && !s.path("latitude").asText().isEmpty()) {
                        out.computeIfAbsent(code.substring(0, 2), k -> new HashMap<>()).put(code, s);
                    }
                }
            }
        }
        return out;
    }

    private static JsonNode readJson(ObjectMapper json, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return json.readTree(in);
        }
    }
}
