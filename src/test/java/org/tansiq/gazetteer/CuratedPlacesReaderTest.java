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
import org.junit.jupiter.api.Test;

class CuratedPlacesReaderTest {

    static final Path CURATED = Path.of("db/gazetteer/curated-places.csv");
    static final String HEADER = String.join(",", CuratedPlacesReader.HEADER) + "\n";

    @Test
    void theProjectsCuratedFileReadsAndEveryRowHasASource() throws IOException {
        List<GazetteerEntry> entries;
        try (Reader r = Files.newBufferedReader(CURATED, StandardCharsets.UTF_8)) {
            entries = CuratedPlacesReader.read(r);
        }
        assertTrue(entries.size() >= 25, "curated rows: " + entries.size());
        GazetteerEntry k1 = byKey(entries, "k1-base");
        assertEquals("MILB", k1.featureCode());
        assertTrue(k1.matchKeys().containsAll(List.of("k1", "k 1", "كي وان", "كي 1")), k1.matchKeys().toString());
        assertFalse(k1.matchKeys().contains("k-1 air base"), "Latin words without digits are not keys");
        GazetteerEntry qaraChogh = byKey(entries, "qara-chogh-mountains");
        assertTrue(qaraChogh.matchKeys().containsAll(List.of("قره جوخ", "قره خوج")));
        assertEquals("T", qaraChogh.featureClass());
        assertNull(k1.aliasOf());
    }

    @Test
    void aliasRowsNameTheGeoNamesPlaceTheyExtend() throws IOException {
        List<GazetteerEntry> entries = CuratedPlacesReader.read(new StringReader(HEADER
                + "alias-90026,طوز خورماتو,Tuz Khurmatu,طوزخرماتو,P,PPLA2,IQ,18,34.88808,44.63256,,"
                + "\"geonames:90026 (cities500): alias\",note\n"));
        assertEquals(new GazetteerEntry.AliasOf("geonames", "90026", true), entries.get(0).aliasOf());
        assertTrue(entries.get(0).matchKeys().contains("طوزخرماتو"));
    }

    @Test
    void aliasRowsMayNameACodAbUnit() throws IOException {
        List<GazetteerEntry> entries = CuratedPlacesReader.read(new StringReader(HEADER
                + "gov-diyala,ديالى,Diyala,ديالي|Diyala,A,ADM1,IQ,10,34.0715,44.896,0,"
                + "\"codab:IQG10 (OCHA COD-AB Iraq ADM1): alias row\",note\n"));
        assertEquals(new GazetteerEntry.AliasOf("codab", "IQG10", true), entries.get(0).aliasOf());
        assertEquals("gov-diyala", entries.get(0).sourceId(), "its own id if COD-AB is not loaded");
        assertTrue(entries.get(0).matchKeys().contains("ديالي"));
    }

    @Test
    void theGovernoratesOfTheCuratedFileExtendCodAbUnits() throws IOException {
        List<GazetteerEntry> entries;
        try (Reader r = Files.newBufferedReader(CURATED, StandardCharsets.UTF_8)) {
            entries = CuratedPlacesReader.read(r);
        }
        List<GazetteerEntry> governorates = entries.stream().filter(e -> e.sourceId().startsWith("gov-")).toList();
        assertEquals(18, governorates.size());
        assertTrue(governorates.stream().allMatch(e -> e.aliasOf() != null && e.aliasOf().source().equals("codab")
                && e.aliasOf().sourceId().matches("IQG\\d\\d")), governorates.toString());
        assertEquals("IQG13Q02N01", byKey(entries, "rashad-subdistrict").aliasOf().sourceId());
        assertEquals("Ninewa", byKey(entries, "gov-nineveh").nameEn(), "the curated display name stays");
        GazetteerEntry hamrin = byKey(entries, "hamrin-mountains");
        assertEquals("MTS", hamrin.featureCode());
        assertNull(hamrin.aliasOf());
        assertTrue(hamrin.matchKeys().contains("حمرين"));
    }

    @Test
    void aRowWithoutSourceIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CuratedPlacesReader.read(
                new StringReader(HEADER + "x,س,X,,P,PPL,IQ,13,35,44,,,\n")));
        assertTrue(e.getMessage().contains("source"));
    }

    @Test
    void aBadCoordinateNamesItsLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CuratedPlacesReader.read(
                new StringReader(HEADER + "x,س,X,,P,PPL,IQ,13,north,44,,somewhere,\n")));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void quotedFieldsKeepCommasAndQuotes() throws IOException {
        List<List<String>> rows = Csv.read(new StringReader("a,\"b, c\",\"say \"\"hi\"\"\"\r\n1,2,3"));
        assertEquals(List.of("a", "b, c", "say \"hi\""), rows.get(0));
        assertEquals(List.of("1", "2", "3"), rows.get(1));
    }

    private static GazetteerEntry byKey(List<GazetteerEntry> entries, String key) {
        return entries.stream().filter(e -> e.sourceId().equals(key)).findFirst().orElseThrow(() ->
                new AssertionError("no curated row " + key));
    }
}
