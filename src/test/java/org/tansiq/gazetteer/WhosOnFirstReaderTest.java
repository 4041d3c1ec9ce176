package org.tansiq.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WhosOnFirstReaderTest {

    static final Path SAMPLE = Path.of("src/test/resources/gazetteer/sample-whosonfirst.csv");
    static final String KIRKUK = "94787";
    /** «كركوك» belongs to Kirkuk city (GeoNames 94787): no other village may take it. */
    static final ReservedKeys KIRKUK_RESERVED = new ReservedKeys(Map.of("كركوك", Set.of(KIRKUK)));

    static WhosOnFirstReader.Result result;

    @BeforeAll
    static void readSample() throws IOException {
        try (Reader r = Files.newBufferedReader(SAMPLE, StandardCharsets.UTF_8)) {
            result = WhosOnFirstReader.read(r, KIRKUK_RESERVED, WhosOnFirstReader.personNameWords());
        }
    }

    @Test
    void onlyCurrentLocalitiesWithAnArabicNameAreKeptOncePerGeoNamesId() {
        assertEquals(List.of("1", "7", "8", "9"), result.entries().stream().map(GazetteerEntry::sourceId).toList());
        assertEquals(Map.of("second row of a GeoNames id", 1, "is_current=0", 1, "deprecated", 1,
                "placetype county", 1, "placetype neighbourhood", 1, "no Arabic-script name", 1), result.skipped());
    }

    @Test
    void aRowWithAGeoNamesIdExtendsThatPlace() {
        GazetteerEntry kirkuk = entry("1");
        assertEquals(new GazetteerEntry.AliasOf("geonames", KIRKUK, false), kirkuk.aliasOf());
        assertEquals("wof", kirkuk.source(), "loaded as a WOF place when GeoNames lacks it");
        assertTrue(kirkuk.matchKeys().containsAll(List.of("كركوك", "كهركووك", "كركوك العراق")),
                kirkuk.matchKeys().toString());
        assertTrue(kirkuk.names().contains("کەرکووک"));
    }

    @Test
    void aRowWithoutGeoNamesIdIsAVillageOfItsOwn() {
        GazetteerEntry village = entry("7");
        assertNull(village.aliasOf());
        assertEquals("P", village.featureClass());
        assertEquals("PPL", village.featureCode());
        assertEquals("IQ", village.countryCode());
        assertEquals(250L, village.population());
        assertEquals("Qaryat Tall al 'Azam", village.nameEn());
        assertEquals("قرية تل العظام", village.nameAr());
        assertEquals(35.2, village.lat(), 1e-9);
        assertEquals(44.2, village.lon(), 1e-9);
        assertEquals(Set.of("تل العظام", "تلالعظام"), village.matchKeys(), "«قرية» is a trigger, not the name");
        assertNull(entry("8").population(), "0 is unknown");
    }

    @Test
    void onlyArabicScriptNamesAreKeys() {
        for (GazetteerEntry e : result.entries()) {
            assertFalse(e.matchKeys().stream().anyMatch(k -> k.chars().anyMatch(c -> c >= 'a' && c <= 'z')),
                    e.sourceId() + " " + e.matchKeys());
        }
    }

    @Test
    void aVillageMayNotTakeAReservedKeyUnlessItIsThatPlace() {
        GazetteerEntry village = entry("8");
        assertFalse(village.matchKeys().contains("كركوك"), village.matchKeys().toString());
        assertTrue(village.matchKeys().contains("كركوك الصغيره"));
        assertTrue(village.names().contains("كركوك"), "the spelling stays a name");
        assertTrue(entry("1").matchKeys().contains("كركوك"), "Kirkuk's own WOF row keeps it");
        assertEquals(1, result.keysWithheld());
    }

    @Test
    void namesThatReadAsAPersonAreNoKeys() {
        GazetteerEntry village = entry("9");
        assertEquals(Set.of("تل احمد", "تلاحمد"), village.matchKeys());
        assertEquals(2, result.personNameKeys(), "«احمد حسن» and «احمدحسن»");
        Set<String> names = WhosOnFirstReader.personNameWords();
        assertTrue(WhosOnFirstReader.isPersonName("الشيخ احمد", names));
        assertTrue(WhosOnFirstReader.isPersonName("محمد", names));
        assertFalse(WhosOnFirstReader.isPersonName("تل احمد", names));
    }

    /** Jalawla town is the seat of Jalawla sub-district: it keeps the name; a namesake elsewhere does not. */
    @Test
    void aSeatTownKeepsTheNameOfTheUnitItLiesIn() throws IOException {
        org.locationtech.jts.geom.Geometry square = new org.locationtech.jts.geom.GeometryFactory().toGeometry(
                new org.locationtech.jts.geom.Envelope(45.0, 45.3, 34.4, 34.7));
        String jalawla = org.tansiq.text.NameKeys.key("جلولاء");
        ReservedKeys reserved = new ReservedKeys(Map.of(jalawla, Set.of()),
                Map.of(jalawla, List.of(new ReservedKeys.Unit("ADM3", square))));
        String csv = String.join("\n", String.join(",", WhosOnFirstReader.HEADER),
                "1,Jalawla,locality,34.55,45.15,جلولاء,,,,,0,1,",
                "2,Jalawla by the edge,locality,34.71,45.15,جلولاء,,,,,0,1,",
                "3,Jalawla far away,locality,36.0,43.0,جلولاء,,,,,0,1,");
        WhosOnFirstReader.Result r = WhosOnFirstReader.read(new StringReader(csv), reserved, Set.of());
        assertEquals(List.of("PPLA3", "PPLA3", "PPL"), r.entries().stream().map(GazetteerEntry::featureCode).toList());
        assertTrue(r.entries().get(0).matchKeys().contains(jalawla));
        assertTrue(r.entries().get(1).matchKeys().contains(jalawla), "within 2 km");
        assertTrue(r.entries().get(2).matchKeys().isEmpty(), "a namesake elsewhere");
        assertEquals(2, r.seats());
    }

    @Test
    void aMissingColumnIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WhosOnFirstReader.read(
                new StringReader("wof_id,name\n1,x\n"), ReservedKeys.NONE, Set.of()));
        assertTrue(e.getMessage().contains("placetype"), e.getMessage());
    }

    private static GazetteerEntry entry(String wofId) {
        return result.entries().stream().filter(e -> e.sourceId().equals(wofId)).findFirst()
                .orElseThrow(() -> new AssertionError("no WOF row " + wofId));
    }
}
