package org.tansiq.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tansiq.text.NameKeys;

class WorldRegionsReaderTest {

    @TempDir
    Path dir;

    private static final String CSV_HEADER = "key,name_ar,name_en,alt_names,members,feature_code,source\n";

    private Map<String, GazetteerEntry> read(String curated) throws IOException {
        write(WorldRegionsReader.CONTAINMENT, """
                {"supplemental": {"territoryContainment": {
                  "001": {"_contains": ["002", "142"]},
                  "002": {"_contains": ["015"]},
                  "015": {"_contains": ["EG", "LY"]},
                  "142": {"_contains": ["145"]},
                  "145": {"_contains": ["IQ", "JO"]},
                  "145-status-deprecated": {"_contains": ["XX"]}}}}""");
        write(WorldRegionsReader.ARABIC, """
                {"main": {"ar": {"localeDisplayNames": {"territories": {"001": "العالم", "002": "أفريقيا",
                  "015": "شمال أفريقيا", "142": "آسيا", "145": "غرب آسيا", "145-alt-short": "غربي آسيا"}}}}}""");
        write(WorldRegionsReader.ENGLISH, """
                {"main": {"en": {"localeDisplayNames": {"territories": {"002": "Africa", "015": "Northern Africa",
                  "142": "Asia", "145": "Western Asia"}}}}}""");
        write("world-countries/countries.json", """
                [{"cca2": "EG", "cca3": "EGY", "latlng": [27, 30]}, {"cca2": "LY", "cca3": "LBY", "latlng": [25, 17]},
                 {"cca2": "IQ", "cca3": "IRQ", "latlng": [33, 44]}, {"cca2": "JO", "cca3": "JOR", "latlng": [31, 36]}]""");
        write("world-countries/data/irq.geo.json", """
                {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
                 "geometry": {"type": "Polygon", "coordinates": [[[39, 29], [48, 29], [48, 37], [39, 37], [39, 29]]]}}]}""");
        return WorldRegionsReader.read(dir, new StringReader(CSV_HEADER + curated),
                dir.resolve("world-countries/countries.json"), new ObjectMapper()).stream()
                .collect(Collectors.toMap(GazetteerEntry::sourceId, Function.identity()));
    }

    private void write(String path, String content) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    @Test
    void m49RegionsWithTheirMembersThroughSubRegions() throws IOException {
        Map<String, GazetteerEntry> read = read("");
        assertNull(read.get("001"), "the world is no place");
        GazetteerEntry asia = read.get("142");
        assertEquals("CONT", asia.featureCode());
        assertEquals("region", asia.source());
        assertEquals(32.0, asia.lat(), 1e-9, "the mean of Iraq's and Jordan's points");
        assertEquals(40.0, asia.lon(), 1e-9);
        assertNotNull(asia.area(), "Iraq's outline");
        assertTrue(asia.area().geoJson().startsWith("{\"type\":\"GeometryCollection\""));
        GazetteerEntry westernAsia = read.get("145");
        assertEquals("RGN", westernAsia.featureCode());
        assertTrue(westernAsia.matchKeys().contains(NameKeys.key("غربي آسيا")), "CLDR's alternative names are keys");
        assertNull(read.get("015").area(), "no member outline in the fixture");
    }

    @Test
    void curatedRegionsAndExtraSpellings() throws IOException {
        Map<String, GazetteerEntry> read = read("""
                middle-east,الشرق الأوسط,Middle East,الشرق الاوسط,IQ JO 015,RGN,a source
                145,,,آسيا الغربية,,,a source
                """);
        GazetteerEntry me = read.get("middle-east");
        assertEquals("الشرق الأوسط", me.nameAr());
        assertEquals(29.0, me.lat(), 1e-9, "IQ, JO and North Africa's EG and LY");
        assertTrue(read.get("145").matchKeys().contains(NameKeys.key("آسيا الغربية")));
    }

    @Test
    void everyCuratedRegionNeedsASourceAndMembers() {
        assertThrows(IllegalArgumentException.class, () -> read("levant,بلاد الشام,Levant,,SY,RGN,\n"));
        assertThrows(IllegalArgumentException.class, () -> read("levant,بلاد الشام,Levant,,,RGN,a source\n"));
    }
}
