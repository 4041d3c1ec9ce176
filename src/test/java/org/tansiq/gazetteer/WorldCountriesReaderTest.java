package org.tansiq.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tansiq.text.NameKeys;

class WorldCountriesReaderTest {

    /** Records shaped like the package's countries.json, and one outline in data/. */
    private static final String COUNTRIES = """
            [
             {"name": {"common": "France", "official": "French Republic"}, "cca2": "FR", "cca3": "FRA",
              "independent": true, "latlng": [46, 2], "altSpellings": ["FR", "République française"],
              "translations": {"ara": {"official": "الجمهورية الفرنسية", "common": "فرنسا"}}},
             {"name": {"common": "Mali", "official": "Republic of Mali"}, "cca2": "ML", "cca3": "MLI",
              "independent": true, "latlng": [17, -4],
              "translations": {"ara": {"official": "جمهورية مالي", "common": "مالي"}}},
             {"name": {"common": "Aruba", "official": "Aruba"}, "cca2": "AW", "cca3": "ABW",
              "independent": false, "latlng": [12.5, -69.97],
              "translations": {"ara": {"official": "أروبا", "common": "أروبا"}}},
             {"name": {"common": "Iraq", "official": "Republic of Iraq"}, "cca2": "IQ", "cca3": "IRQ",
              "independent": true, "latlng": [33, 44],
              "translations": {"ara": {"official": "جمهورية العراق", "common": "العراق"}}}
            ]
            """;
    private static final String FRANCE_OUTLINE = """
            {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"cca2": "fr"},
             "geometry": {"type": "Polygon", "coordinates": [[[0, 43], [7, 43], [7, 50], [0, 50], [0, 43]]]}}]}
            """;

    @TempDir
    Path dir;

    private Map<String, GazetteerEntry> read(Set<String> heldElsewhere) throws IOException {
        Files.writeString(dir.resolve("countries.json"), COUNTRIES);
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/fra.geo.json"), FRANCE_OUTLINE);
        List<GazetteerEntry> entries = WorldCountriesReader.read(dir.resolve("countries.json"), heldElsewhere,
                new ObjectMapper());
        return entries.stream().collect(Collectors.toMap(GazetteerEntry::sourceId, Function.identity()));
    }

    @Test
    void aCountryIsAnAreaKeyedByItsArabicNames() throws IOException {
        GazetteerEntry france = read(Set.of()).get("FRA");
        assertEquals("world", france.source());
        assertEquals("فرنسا", france.nameAr());
        assertEquals("France", france.nameEn());
        assertEquals("PCLI", france.featureCode());
        assertEquals("FR", france.countryCode());
        assertTrue(france.matchKeys().contains(NameKeys.key("فرنسا")));
        assertTrue(france.matchKeys().contains(NameKeys.key("الجمهورية الفرنسية")));
        assertTrue(france.names().contains("French Republic"), "Latin names are kept as names");
        assertFalse(france.matchKeys().stream().anyMatch(k -> k.toLowerCase().contains("france")),
                "Latin names are not keys");
        assertNotNull(france.area(), "the outline becomes the area");
        assertTrue(france.area().geoJson().contains("Polygon"));
    }

    @Test
    void aOneWordNameShapedLikeANisbaIsNoKeyButTheLongerNameIs() throws IOException {
        GazetteerEntry mali = read(Set.of()).get("MLI");
        assertFalse(mali.matchKeys().contains(NameKeys.key("مالي")), "«مالي» is «financial» far more often");
        assertTrue(mali.matchKeys().contains(NameKeys.key("جمهورية مالي")));
        assertNull(mali.area(), "no outline in the fixture");
        assertTrue(WorldCountriesReader.nisbaShaped(NameKeys.key("السعودية")));
        assertFalse(WorldCountriesReader.nisbaShaped(NameKeys.key("المملكة العربية السعودية")));
        assertFalse(WorldCountriesReader.nisbaShaped(NameKeys.key("فرنسا")));
    }

    @Test
    void territoriesAreDependentAndCountriesHeldElsewhereAreLeftOut() throws IOException {
        Map<String, GazetteerEntry> read = read(Set.of("IQ"));
        assertEquals("PCLD", read.get("ABW").featureCode());
        assertFalse(read.containsKey("IRQ"), "Iraq is the curated rows' place");
        assertTrue(read(Set.of()).containsKey("IRQ"));
    }
}
