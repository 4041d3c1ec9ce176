package org.tansiq.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AdminBoundariesReaderTest {

    static final Path SAMPLE = Path.of("src/test/resources/gazetteer/sample-admin-boundaries.geojson");

    @Test
    void eachFeatureIsAnAdministrativeUnitWithItsPolygonAndCodes() throws IOException {
        List<GazetteerEntry> units = read(Files.readAllBytes(SAMPLE));
        assertEquals(2, units.size());

        GazetteerEntry district = units.get(0);
        assertEquals("codab", district.source());
        assertEquals("IQG13Q04", district.sourceId());
        assertEquals("A", district.featureClass());
        assertEquals("ADM2", district.featureCode());
        assertEquals("IQ", district.countryCode());
        assertEquals("13", district.admin1Code(), "COD-AB IQG13 is GeoNames admin1 13");
        assertEquals("كركوك", district.nameAr());
        assertEquals("Kirkuk", district.nameEn());
        assertEquals(List.of("كركوك", "Kirkuk"), district.names());
        assertEquals(Set.of("كركوك"), district.matchKeys(), "Arabic names only");
        assertEquals(new GazetteerEntry.AdminArea(district.area().geoJson(), "IQG13", "IQG13Q04", null), district.area());
        assertNull(district.aliasOf());
        assertEquals(35.5, district.lat(), 1e-9, "centre of the bounding box; PostGIS puts the point on the surface");
        assertEquals(44.4, district.lon(), 1e-9);

        GazetteerEntry subDistrict = units.get(1);
        assertEquals("ADM3", subDistrict.featureCode());
        assertEquals(Set.of("مركز كركوك", "مركزكركوك"), subDistrict.matchKeys());
        assertEquals("IQG13Q04N06", subDistrict.area().adm3Pcode());
        assertEquals("IQG13Q04", subDistrict.area().adm2Pcode());
        JsonNode geometry = new ObjectMapper().readTree(subDistrict.area().geoJson());
        assertEquals("MultiPolygon", geometry.get("type").asText());
        assertEquals(2, geometry.get("coordinates").size());
    }

    @Test
    void theProjectsBoundariesReadWithTheirCounts() throws IOException {
        Path dir = Path.of("db/reference/admin-boundaries");
        assertEquals(18, read(Files.readAllBytes(dir.resolve("irq_admbnda_adm1_cso_20190603.geojson"))).size());
        List<GazetteerEntry> districts = read(Files.readAllBytes(dir.resolve("irq_admbnda_adm2_cso_20190603.geojson")));
        assertEquals(101, districts.size());
        assertTrue(districts.stream().allMatch(d -> d.admin1Code() != null), "every governorate has a GeoNames code");
    }

    @Test
    void aUnitThatIsNotAPolygonIsRefused() {
        String point = """
                {"type": "FeatureCollection", "features": [{"type": "Feature",
                 "properties": {"ADM1_PCODE": "IQG13", "ADM1_AR": "كركوك", "ADM1_EN": "Kirkuk"},
                 "geometry": {"type": "Point", "coordinates": [44.4, 35.5]}}]}""";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> read(point.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("IQG13"), e.getMessage());
    }

    private static List<GazetteerEntry> read(byte[] json) throws IOException {
        try (InputStream in = new ByteArrayInputStream(json)) {
            return AdminBoundariesReader.read(in);
        }
    }
}
