package org.tansiq.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tansiq.text.NameKeys;

class SubdivisionsReaderTest {

    @TempDir
    Path dir;

    private void write(String path, String content) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    /** Files shaped like the two packages': Syria by code, Iran under codes that disagree, Iraq held elsewhere. */
    private Map<String, GazetteerEntry> read(Set<String> reserved) throws IOException {
        write("iso3166-2-db/regions/SY/ar.json", """
                [{"name": "محافظة حمص", "iso": "HI"}, {"name": "الحسكة", "iso": "HA"}, {"name": "Quneitra", "iso": "QU"}]""");
        write("iso3166-2-db/regions/SY/en.json", """
                [{"name": "Homs Governorate", "iso": "HI"}, {"name": "Al-Hasakah Governorate", "iso": "HA"},
                 {"name": "Quneitra", "iso": "QU"}]""");
        write("iso3166-2-db/regions/IR/ar.json", """
                [{"name": "طهران", "iso": "07"}, {"name": "كردستان", "iso": "12"}]""");
        write("iso3166-2-db/regions/IR/en.json", """
                [{"name": "Tehran Province", "iso": "07"}, {"name": "Kurdistan Province", "iso": "12"}]""");
        write("iso3166-2-db/regions/OM/ar.json", """
                [{"name": "المنطقة الوسطى", "iso": "WU"}]""");
        write("iso3166-2-db/regions/IQ/ar.json", """
                [{"name": "كركوك", "iso": "KI"}]""");
        write("@countrystatecity/countries/dist/data/Syria-SY/states.json", """
                [{"name": "Homs", "iso3166_2": "SY-HI", "latitude": "34.7", "longitude": "38.2"},
                 {"name": "Al-Hasakah", "iso3166_2": "SY-HA", "latitude": "36.4", "longitude": "40.6"}]""");
        write("@countrystatecity/countries/dist/data/Iran-IR/states.json", """
                [{"name": "Fars", "iso3166_2": "IR-07", "latitude": "29.1", "longitude": "53.0"},
                 {"name": "Tehran", "iso3166_2": "IR-23", "latitude": "35.7", "longitude": "51.4"},
                 {"name": "Kurdistan", "iso3166_2": "IR-16", "latitude": "35.9", "longitude": "47.1"}]""");
        write("@countrystatecity/countries/dist/data/Oman-OM/states.json", """
                [{"name": "Al Wusta", "iso3166_2": "OM-WU", "latitude": "19.9", "longitude": "56.6"}]""");
        write("@countrystatecity/countries/dist/data/Iraq-IQ/states.json", """
                [{"name": "Kirkuk", "iso3166_2": "IQ-KI", "latitude": "35.4", "longitude": "44.3"}]""");
        return SubdivisionsReader.read(dir, Set.of("IQ"), reserved, Set.of("SY:" + NameKeys.key("حمص")), Set.of(),
                new ObjectMapper()).entries().stream()
                .collect(Collectors.toMap(GazetteerEntry::sourceId, Function.identity()));
    }

    @Test
    void aDivisionIsKeyedByItsArabicNameWithoutTheTypeWord() throws IOException {
        GazetteerEntry homs = read(Set.of()).get("SY-HI");
        assertEquals("حمص", homs.nameAr());
        assertEquals(Set.of(NameKeys.key("حمص")), homs.matchKeys());
        assertEquals("ADM1", homs.featureCode());
        assertEquals("SY", homs.countryCode());
        assertEquals(34.7, homs.lat());
    }

    @Test
    void aOneWordNameNoTownBearsIsANameOnlyAfterATypeWord() throws IOException {
        GazetteerEntry hasakah = read(Set.of()).get("SY-HA");
        assertEquals(Set.of(NameKeys.afterTriggerOnly(NameKeys.key("الحسكة"))), hasakah.matchKeys(),
                "no town of that name in the fixture");
    }

    @Test
    void codesThatDisagreeJoinByEnglishName() throws IOException {
        Map<String, GazetteerEntry> read = read(Set.of());
        assertEquals("طهران", read.get("IR-23").nameAr(), "Tehran is IR-23 now, not Fars's IR-07");
        assertFalse(read.containsKey("IR-07"));
    }

    @Test
    void genericNamesOtherSourcesKeysAndHeldCountriesAreLeftOut() throws IOException {
        Map<String, GazetteerEntry> read = read(Set.of(NameKeys.key("كردستان")));
        assertFalse(read.containsKey("OM-WU"), "«المنطقة الوسطى» is a phrase, not a name");
        assertFalse(read.containsKey("IR-16"), "«كردستان» is the Kurdistan Region's");
        assertFalse(read.containsKey("IQ-KI"), "Iraq's governorates are COD-AB units");
        assertFalse(read.containsKey("SY-QU"), "no Arabic name, no key");
    }

    @Test
    void typeWordsAndOblastsAreStripped() {
        assertEquals("خيرسون", SubdivisionsReader.clean("خيرسون أوبلاست"));
        assertEquals("الخرطوم", SubdivisionsReader.clean("ولاية الخرطوم"));
        assertEquals("إقليم بلوشستان", SubdivisionsReader.clean("إقليم بلوشستان"));
        assertTrue(SubdivisionsReader.generic("المنطقة الشمالية"));
        assertFalse(SubdivisionsReader.generic("الجبل الأخضر"));
    }
}
