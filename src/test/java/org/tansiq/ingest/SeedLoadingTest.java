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
import java.util.List;
import org.junit.jupiter.api.Test;
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
        assertTrue(count("SELECT count(*) FROM place WHERE source = 'curated'") >= 20);
        assertEquals(1, count("SELECT count(*) FROM place WHERE source = 'curated' AND source_id = 'k1-base'"));
    }

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

    private long count(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
