package org.tansiq.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoNamesDumpReaderTest {

    static final long KIRKUK = 94787;
    static final long MAKHMOUR = 93818;
    static final Path SAMPLE = Path.of("src/test/resources/gazetteer/sample-geonames.txt");

    @Test
    void readsTheNineteenColumns() throws IOException {
        List<GeoNamesRecord> rows = new ArrayList<>();
        int malformed = GeoNamesDumpReader.read(SAMPLE, rows::add);
        assertEquals(3, rows.size());
        assertEquals(1, malformed);
        GeoNamesRecord kirkuk = rows.stream().filter(r -> r.geonameId() == KIRKUK).findFirst().orElseThrow();
        assertEquals("Kirkuk", kirkuk.name());
        assertEquals(35.46806, kirkuk.latitude(), 1e-6);
        assertEquals(44.39222, kirkuk.longitude(), 1e-6);
        assertEquals("P", kirkuk.featureClass());
        assertEquals("PPLA", kirkuk.featureCode());
        assertEquals("IQ", kirkuk.countryCode());
        assertEquals("13", kirkuk.admin1Code());
        assertEquals(1_031_000L, kirkuk.population());
        assertTrue(kirkuk.alternateNames().contains("كركوك"));
    }

    @Test
    void readsZippedDumpsAsGeoNamesServesThem(@TempDir Path dir) throws IOException {
        Path zip = dir.resolve("IQ.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.write("not data".getBytes());
            z.putNextEntry(new ZipEntry("IQ.txt"));
            z.write(Files.readAllBytes(SAMPLE));
        }
        List<GeoNamesRecord> rows = new ArrayList<>();
        GeoNamesDumpReader.read(zip, rows::add);
        assertEquals(3, rows.size());
    }

    @Test
    void rejectsLinesThatAreNotGeonameRows() {
        assertNull(GeoNamesDumpReader.parse("1\tonly\tthree"));
        assertNull(GeoNamesDumpReader.parse("x\tn\tn\t\tlat\tlon\tP\tPPL\tIQ\t\t13\t\t\t\t0\t\t\tAsia/Baghdad\t2020-01-01"));
    }

    @Test
    void entriesTakeArabicNamesAsMatchKeysAndChooseAnArabicDisplayName() throws IOException {
        List<GazetteerEntry> entries = new ArrayList<>();
        GeoNamesDumpReader.read(SAMPLE, r -> entries.add(GeoNamesEntries.toEntry(r)));
        GazetteerEntry kirkuk = entries.stream().filter(e -> e.sourceId().equals(Long.toString(KIRKUK)))
                .findFirst().orElseThrow();
        assertEquals("كركوك", kirkuk.nameAr());
        assertTrue(kirkuk.matchKeys().contains("كركوك"));
        assertTrue(kirkuk.matchKeys().stream().noneMatch(k -> k.chars().anyMatch(c -> c < 128 && Character.isLetter(c))),
                "Latin spellings are not match keys");
        GazetteerEntry makhmour = entries.stream().filter(e -> e.sourceId().equals(Long.toString(MAKHMOUR)))
                .findFirst().orElseThrow();
        assertTrue(makhmour.matchKeys().contains("مخمور"));
    }

    @Test
    void namesThatCarryATypeWordAreNotKeys() {
        assertTrue(GeoNamesEntries.startsWithTrigger("محافظة أربيل"));
        assertTrue(!GeoNamesEntries.startsWithTrigger("أربيل"));
    }
}
