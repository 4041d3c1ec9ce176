package org.tansiq.gazetteer;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

/**
 * Loads gazetteer files into {@code place} with COPY (a staging table, then one
 * insert-or-update), once per file content: {@code dataset_load} remembers each file's SHA-256,
 * so a restart with the same files loads nothing.
 */
@ApplicationScoped
public class GazetteerLoader {

    private static final Logger LOG = Logger.getLogger(GazetteerLoader.class);

    /** Inserts new places, refreshes changed ones; alias rows whose GeoNames place exists are left to the merge. */
    private static final String UPSERT = """
            INSERT INTO place (name, name_ar, name_en, names, names_norm, feature_class, feature_code, population,
                               country_code, admin1_code, admin2_code, source, source_id, geom)
            SELECT s.name, s.name_ar, s.name_en,
                   coalesce(string_to_array(s.names, E'\\x1f'), '{}'),
                   coalesce(string_to_array(s.names_norm, E'\\x1f'), '{}'),
                   s.feature_class, s.feature_code, s.population, s.country_code, s.admin1_code, s.admin2_code,
                   s.source, s.source_id, ST_SetSRID(ST_MakePoint(s.lon, s.lat), 4326)
            FROM place_stage s
            WHERE s.alias_of IS NULL
               OR NOT EXISTS (SELECT 1 FROM place p WHERE p.source = 'geonames' AND p.source_id = s.alias_of)
            ON CONFLICT (source, source_id) DO UPDATE SET
                name = excluded.name, name_ar = excluded.name_ar, name_en = excluded.name_en,
                names = excluded.names, names_norm = excluded.names_norm,
                feature_class = excluded.feature_class, feature_code = excluded.feature_code,
                population = excluded.population, country_code = excluded.country_code,
                admin1_code = excluded.admin1_code, admin2_code = excluded.admin2_code, geom = excluded.geom
            """;

    /** Curated spellings of a GeoNames place join that place's names instead of making a twin. */
    private static final String MERGE_ALIASES = """
            UPDATE place p SET
                names = ARRAY(SELECT DISTINCT unnest(p.names || coalesce(string_to_array(s.names, E'\\x1f'), '{}'))),
                names_norm = ARRAY(SELECT DISTINCT unnest(p.names_norm
                                   || coalesce(string_to_array(s.names_norm, E'\\x1f'), '{}'))),
                name_ar = coalesce(s.name_ar, p.name_ar),
                name_en = coalesce(s.name_en, p.name_en)
            FROM place_stage s
            WHERE s.alias_of IS NOT NULL AND p.source = 'geonames' AND p.source_id = s.alias_of
            """;

    private final AgroalDataSource dataSource;

    GazetteerLoader(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Loads a GeoNames dump unless this exact file content was loaded before. */
    public LoadResult loadGeoNames(Path file) {
        String dataset = "geonames:" + file.getFileName();
        return load(dataset, sha256(file), false, sink -> {
            try {
                int malformed = GeoNamesDumpReader.read(file, r -> sink.accept(GeoNamesEntries.toEntry(r)));
                if (malformed > 0) {
                    LOG.warnf("%s: skipped %d malformed lines", file, malformed);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Loads curated entries; {@code force} re-applies them after a GeoNames reload. */
    public LoadResult loadCurated(String dataset, byte[] content, List<GazetteerEntry> entries, boolean force) {
        return load(dataset, sha256(content), force, entries::forEach);
    }

    private LoadResult load(String dataset, String checksum, boolean force,
            Consumer<Consumer<GazetteerEntry>> entries) {
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            if (!force && checksum.equals(loadedChecksum(c, dataset))) {
                c.rollback();
                LOG.infof("Gazetteer: %s unchanged since it was loaded, not reloaded", dataset);
                return LoadResult.skipped(dataset);
            }
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TEMP TABLE place_stage (source text, source_id text, name text, name_ar text,"
                        + " name_en text, names text, names_norm text, feature_class text, feature_code text,"
                        + " population bigint, country_code text, admin1_code text, admin2_code text,"
                        + " lat float8, lon float8, alias_of text) ON COMMIT DROP");
            }
            int rows;
            PGConnection pg = c.unwrap(PGConnection.class);
            try (PlaceCopyWriter writer = new PlaceCopyWriter(pg.getCopyAPI()
                    .copyIn("COPY place_stage (" + PlaceCopyWriter.COLUMNS + ") FROM STDIN"))) {
                entries.accept(writer::write);
                rows = writer.rows();
            }
            try (Statement st = c.createStatement()) {
                st.executeUpdate(UPSERT);
                st.executeUpdate(MERGE_ALIASES);
            }
            recordLoad(c, dataset, checksum, rows);
            c.commit();
            LoadResult result = new LoadResult(dataset, rows, false, (System.nanoTime() - started) / 1_000_000);
            LOG.infof("Gazetteer: loaded %d rows of %s in %d ms", rows, dataset, result.millis());
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("loading " + dataset + " failed: " + e.getMessage(), e);
        }
    }

    private static String loadedChecksum(Connection c, String dataset) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT checksum FROM dataset_load WHERE dataset = ?")) {
            ps.setString(1, dataset);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void recordLoad(Connection c, String dataset, String checksum, int rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO dataset_load (dataset, checksum, row_count) VALUES (?, ?, ?)
                ON CONFLICT (dataset) DO UPDATE SET checksum = excluded.checksum, row_count = excluded.row_count,
                    loaded_at = now()
                """)) {
            ps.setString(1, dataset);
            ps.setString(2, checksum);
            ps.setInt(3, rows);
            ps.executeUpdate();
        }
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What one load did. */
    public record LoadResult(String dataset, int rows, boolean skipped, long millis) {
        static LoadResult skipped(String dataset) {
            return new LoadResult(dataset, 0, true, 0);
        }
    }
}
