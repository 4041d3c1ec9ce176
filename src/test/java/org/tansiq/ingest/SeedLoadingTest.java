package org.tansiq.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tansiq.gazetteer.CuratedPlacesReader;
import org.tansiq.gazetteer.GazetteerLoader;
import org.tansiq.gazetteer.GazetteerSetup;

/** A start against the real PostGIS: migrated schema, gazetteer and seeds loaded, and only once. */
@QuarkusTest
class SeedLoadingTest {

    @Inject
    AgroalDataSource db;

    @Inject
    SeedCorpus seeds;

    @Inject
    GazetteerSetup gazetteer;

    @Test
    void flywayCreatedTheSchemaWithPostgis() throws SQLException {
        assertEquals(1, count("SELECT count(*) FROM flyway_schema_history WHERE version = '1' AND success"));
        assertEquals(1, count("SELECT count(*) FROM pg_extension WHERE extname = 'postgis'"));
        assertEquals(1, count("""
                SELECT count(*) FROM geometry_columns
                WHERE f_table_name = 'place' AND type = 'POINT' AND srid = 4326"""));
        assertEquals(1, count("SELECT count(*) FROM pg_indexes WHERE indexname = 'place_geom_gix'"));
    }

    @Test
    void theGazetteerHoldsGeoNamesAndTheCuratedSupplement() throws SQLException {
        assertTrue(count("SELECT count(*) FROM place WHERE source = 'geonames'") > 190_000);
        assertTrue(count("SELECT count(*) FROM place WHERE source = 'curated'") >= 8,
                "the curated places of their own; the governorates extend COD-AB units");
        assertEquals(1, count("SELECT count(*) FROM place WHERE source = 'curated' AND source_id = 'k1-base'"));
    }

    @Test
    void governoratesDistrictsAndSubDistrictsArePlacesWithTheirPolygons() throws SQLException {
        assertEquals(18, count("SELECT count(*) FROM place WHERE source = 'codab' AND feature_code = 'ADM1'"));
        assertEquals(101, count("SELECT count(*) FROM place WHERE source = 'codab' AND feature_code = 'ADM2'"));
        assertEquals(294, count("SELECT count(*) FROM place WHERE source = 'codab' AND feature_code = 'ADM3'"));
        assertEquals(0, count("""
                SELECT count(*) FROM place WHERE source = 'codab'
                AND (area IS NULL OR NOT ST_Covers(area, geom) OR adm1_pcode IS NULL OR feature_class <> 'A'
                     OR cardinality(names_norm) = 0)"""), "every unit has its polygon, its point inside, codes, keys");
        assertEquals(1, count("""
                SELECT count(*) FROM place WHERE source = 'codab' AND source_id = 'IQG13Q04'
                AND name_ar = 'كركوك' AND adm1_pcode = 'IQG13' AND adm2_pcode = 'IQG13Q04' AND adm3_pcode IS NULL"""));
        assertEquals(1, count("SELECT count(*) FROM pg_indexes WHERE indexname = 'place_area_gix'"));
    }

    @Test
    void theCuratedGovernoratesExtendTheCodAbUnits() throws SQLException {
        assertEquals(0, count("SELECT count(*) FROM place WHERE source = 'curated' AND source_id LIKE 'gov-%'"));
        assertEquals(1, count("""
                SELECT count(*) FROM place WHERE source = 'codab' AND source_id = 'IQG15' AND name_en = 'Ninewa'
                AND 'نينوي' = ANY (names_norm) AND 'نهينهوا' = ANY (names_norm)"""), "curated spellings joined the unit");
        // The alias rows carry the unit's point, which the gold and its validator rely on.
        assertEquals(0, count("""
                SELECT count(*) FROM place p
                JOIN (VALUES ('IQG13', 35.28781, 44.06113), ('IQG10', 34.07150, 44.89600),
                             ('IQG13Q02N01', 35.01590, 43.99576)) v (pcode, lat, lon) ON p.source_id = v.pcode
                WHERE p.source = 'codab' AND (abs(ST_Y(p.geom) - v.lat) > 1e-5 OR abs(ST_X(p.geom) - v.lon) > 1e-5)"""));
    }

    @Test
    void everyPlaceInIraqKnowsItsGovernorateAndDistrict() throws SQLException {
        assertEquals(1, count("""
                SELECT count(*) FROM place WHERE source = 'geonames' AND source_id = '94787'
                AND adm1_pcode = 'IQG13' AND adm2_pcode = 'IQG13Q04' AND adm3_pcode = 'IQG13Q04N06'"""),
                "Kirkuk city: Kirkuk governorate, Kirkuk district, Markaz Kirkuk");
        assertEquals(1, count("""
                SELECT count(*) FROM place WHERE source = 'curated' AND source_id = 'k1-base'
                AND adm1_pcode = 'IQG13' AND adm2_pcode = 'IQG13Q03' AND adm3_pcode = 'IQG13Q03N03'"""),
                "the K1 base: Kirkuk governorate, Dibis district, Altun Qupri sub-district");
        assertEquals(1, count("""
                SELECT count(*) FROM place WHERE source = 'geonames' AND source_id = '93818'
                AND adm1_pcode = 'IQG11' AND adm2_pcode = 'IQG11Q04'"""), "Makhmour is drawn in Erbil");
        long inIraq = count("""
                SELECT count(*) FROM place WHERE country_code = 'IQ' AND source IN ('geonames', 'curated', 'wof')
                AND feature_class NOT IN ('A', 'L')""");
        long placed = count("""
                SELECT count(*) FROM place WHERE country_code = 'IQ' AND source IN ('geonames', 'curated', 'wof')
                AND feature_class NOT IN ('A', 'L') AND adm1_pcode IS NOT NULL AND adm2_pcode IS NOT NULL
                AND admin1_code IS NOT NULL""");
        assertTrue(placed >= inIraq * 0.99, placed + " of " + inIraq + " places in Iraq have their units");
        assertEquals(0, count("""
                SELECT count(*) FROM place p JOIN place u ON u.source = 'codab' AND u.source_id = p.adm3_pcode
                WHERE p.source <> 'codab' AND (u.adm1_pcode <> p.adm1_pcode OR u.adm2_pcode <> p.adm2_pcode)"""),
                "the three levels agree, also on borders");
    }

    @Test
    void whosOnFirstVillagesAreLoadedAndExtendGeoNames() throws SQLException, IOException {
        assertTrue(count("SELECT count(*) FROM place WHERE source = 'wof'") > 15_000);
        Set<String> loaded = strings("SELECT source_id FROM place WHERE source = 'wof'");
        Set<String> geonamesInIraq = strings("SELECT source_id FROM place WHERE source = 'geonames' AND country_code = 'IQ'");
        int notCurrent = 0;
        List<String> lines = Files.readAllLines(WOF, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split(","));
        for (String line : lines.subList(1, lines.size())) {
            // Commas outside double quotes separate fields.
            String[] f = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
            String id = f[header.indexOf("wof_id")];
            if ("0".equals(f[header.indexOf("is_current")])) {
                notCurrent++;
                assertFalse(loaded.contains(id), "WOF " + id + " is not current");
            }
            String gnId = f[header.indexOf("gn_id")];
            if (geonamesInIraq.contains(gnId)) {
                assertFalse(loaded.contains(id), "WOF " + id + " adds to GeoNames " + gnId + ", it is no twin");
            }
        }
        assertTrue(notCurrent > 1000, "the file has rows that are not current: " + notCurrent);
        assertEquals(0, count("SELECT count(*) FROM place WHERE source = 'wof' AND source_id = '1108804831'"),
                "regions are not loaded (they are COD-AB governorates)");
        assertEquals(0, count("""
                SELECT count(*) FROM place p, unnest(p.names_norm) k
                WHERE p.source = 'wof' AND k IN ('كركوك', 'اربيل', 'بغداد', 'الموصل', 'مخمور', 'محمد')"""),
                "villages take neither big cities' names nor people's");
        assertTrue(count("""
                SELECT count(*) FROM place WHERE source = 'geonames' AND source_id = '94787'
                AND 'كهركووك' = ANY (names_norm)""") == 1, "WOF's Kurdish spelling joined Kirkuk city");
    }

    static final Path WOF = Path.of("db/reference/whosonfirst/whosonfirst-iq-places.csv");

    @Inject
    GazetteerLoader loader;

    @Test
    void aPlaceLoadedBeforeTheOneItExtendsGivesWayToIt() throws SQLException, IOException {
        // A database loaded before COD-AB holds Diyala as a curated place, and a mention of it.
        execute("""
                INSERT INTO place (name, names, names_norm, feature_class, feature_code, country_code, source,
                                   source_id, geom)
                VALUES ('Diyala', '{ديالى}', '{ديالي}', 'A', 'ADM1', 'IQ', 'curated', 'gov-diyala',
                        ST_SetSRID(ST_MakePoint(45.12097, 33.95043), 4326))""");
        long twin = count("SELECT id FROM place WHERE source = 'curated' AND source_id = 'gov-diyala'");
        long unit = count("SELECT id FROM place WHERE source = 'codab' AND source_id = 'IQG10'");
        execute("INSERT INTO mention (article_id, start_offset, end_offset, surface, place_id, confidence)"
                + " SELECT min(id), 0, 1, 'x', " + twin + ", 0.5 FROM article");
        try {
            byte[] curated;
            try (var in = Thread.currentThread().getContextClassLoader().getResourceAsStream(CURATED)) {
                curated = in.readAllBytes();
            }
            loader.loadCurated("curated:" + CURATED, curated, CuratedPlacesReader.read(
                    new java.io.StringReader(new String(curated, StandardCharsets.UTF_8))), true);

            assertEquals(0, count("SELECT count(*) FROM place WHERE id = " + twin));
            assertEquals(1, count("SELECT count(*) FROM mention WHERE surface = 'x' AND place_id = " + unit),
                    "its mention now names the COD-AB unit");
        } finally {
            execute("DELETE FROM mention WHERE surface = 'x' AND start_offset = 0 AND end_offset = 1");
        }
    }

    static final String CURATED = "gazetteer/curated-places.csv";

    @Test
    void theFiveSeedArticlesAreStoredWithTheirMentions() throws SQLException {
        List<String> shas = seeds.articles().stream().map(a -> org.tansiq.text.Sha256.hex(a.text())).toList();
        assertEquals(5, shas.size());
        for (String sha : shas) {
            assertEquals(1, count("SELECT count(*) FROM article WHERE sha256 = '" + sha + "'"));
        }
        assertTrue(count("""
                SELECT count(*) FROM mention m JOIN article a ON a.id = m.article_id
                WHERE substr(a.body, m.start_offset + 1, m.end_offset - m.start_offset) <> m.surface""") == 0,
                "every mention's offsets point at its surface text in the stored body");
    }

    @Test
    void loadingAgainAddsNothing() throws SQLException {
        long articles = count("SELECT count(*) FROM article");
        long mentions = count("SELECT count(*) FROM mention");
        long places = count("SELECT count(*) FROM place");

        List<IngestResult> again = seeds.load();
        gazetteer.ensureLoaded();

        assertEquals(5, again.size());
        assertFalse(again.stream().anyMatch(IngestResult::created));
        assertEquals(articles, count("SELECT count(*) FROM article"));
        assertEquals(mentions, count("SELECT count(*) FROM mention"));
        assertEquals(places, count("SELECT count(*) FROM place"));
    }

    @Inject
    IngestionService ingestion;

    @Test
    void articlesReadByAnOlderGeoparserAreReadAgain() throws SQLException {
        // Other tests store articles read by other extractors (EventIngestionTest's own): read
        // such leftovers first, so the count below is about this test's article alone.
        ingestion.reparseStale();
        long mentions = count("SELECT count(*) FROM mention");
        long kirkukArticle = count("SELECT min(id) FROM article");
        execute("DELETE FROM mention WHERE article_id = " + kirkukArticle);
        execute("UPDATE article SET geoparsed_with = 'an-older-geoparser' WHERE id = " + kirkukArticle);

        assertEquals(1, ingestion.reparseStale());

        assertEquals(mentions, count("SELECT count(*) FROM mention"));
        assertEquals(0, ingestion.reparseStale(), "nothing is stale any more");
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }

    private Set<String> strings(String sql) throws SQLException {
        Set<String> out = new HashSet<>();
        try (Connection c = db.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private long count(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
