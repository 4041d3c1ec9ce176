package org.tansiq.layers;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.tansiq.config.TansiqConfig;
import org.tansiq.gazetteer.GazetteerLoaded;

/**
 * Computes the reference areas (table {@code reference_area}): for each feature of the unit list
 * ({@link ReferenceAreaList}), the union (PostGIS {@code ST_Union}) of the polygons of its COD-AB
 * units. Done once after the gazetteer is loaded, and again only when the list, the units'
 * polygons or this computation change: their SHA-256 is stored with the result.
 */
@ApplicationScoped
public class ReferenceAreas {

    private static final Logger LOG = Logger.getLogger(ReferenceAreas.class);
    /** Part of the fingerprint: change it when the computation below changes, so stored areas are redone. */
    private static final String METHOD = "st-union-v1";

    private static final String STAGE = """
            CREATE TEMP TABLE reference_area_unit (
                layer text, feature text, level text, pcode text, ordinal integer) ON COMMIT DROP
            """;
    private static final String UNIT = "place p ON p.source = 'codab' AND p.source_id = s.pcode"
            + " AND p.feature_code = s.level AND p.area IS NOT NULL";
    private static final String MISSING = "SELECT s.pcode || ' (' || s.level || ')' FROM reference_area_unit s"
            + " LEFT JOIN " + UNIT + " WHERE p.id IS NULL ORDER BY s.ordinal";
    /** The list's bytes, then each unit's p-code and polygon in p-code order. */
    private static final String FINGERPRINT = """
            SELECT encode(sha256(? || string_agg(convert_to(p.source_id, 'UTF8') || ST_AsEWKB(p.area), ''::bytea
                                                  ORDER BY p.source_id)), 'hex')
            FROM place p WHERE p.source = 'codab' AND p.area IS NOT NULL
              AND p.source_id IN (SELECT pcode FROM reference_area_unit)
            """;
    private static final String UP_TO_DATE =
            "SELECT count(*) > 0 AND bool_and(inputs_sha256 = ?) FROM reference_area";
    /**
     * The COD-AB units nest with no gaps or overlaps, so their union has no slivers; it is
     * extracted as polygons and made a MultiPolygon so every feature has one geometry type.
     */
    private static final String COMPUTE = """
            INSERT INTO reference_area (layer, feature, position, units, area, area_km2, inputs_sha256)
            SELECT g.layer, g.feature, g.position, g.units, g.area, ST_Area(g.area::geography) / 1e6, ?
            FROM (SELECT s.layer, s.feature, min(s.ordinal) AS position, array_agg(s.pcode ORDER BY s.ordinal) AS units,
                         ST_Multi(ST_CollectionExtract(ST_Union(p.area), 3)) AS area
                  FROM reference_area_unit s JOIN %s
                  GROUP BY s.layer, s.feature) g
            """.formatted(UNIT);

    private final AgroalDataSource dataSource;
    private final TansiqConfig config;

    ReferenceAreas(AgroalDataSource dataSource, TansiqConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    void onGazetteerLoaded(@Observes GazetteerLoaded event) {
        refresh();
    }

    /**
     * Brings {@code reference_area} up to date with the unit list and the loaded COD-AB units;
     * returns whether it computed anything. A listed unit the gazetteer lacks is an error (the
     * list and the boundaries disagree), unless no COD-AB units are loaded at all.
     */
    public boolean refresh() {
        String file = config.layers().referenceAreasFile().map(String::strip).orElse("");
        if (file.isEmpty()) {
            return clear("no reference areas file is configured (tansiq.layers.reference-areas-file)");
        }
        Path path = Path.of(file);
        if (!Files.isReadable(path)) {
            return clear("reference areas file " + path.toAbsolutePath() + " not found");
        }
        byte[] content;
        List<ReferenceAreaList.Unit> units;
        try {
            content = Files.readAllBytes(path);
            units = ReferenceAreaList.read(new InputStreamReader(new ByteArrayInputStream(content),
                    StandardCharsets.UTF_8), path.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + path, e);
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            if (!unitsLoaded(c)) {
                c.rollback();
                return clear("no COD-AB units are loaded (tansiq.gazetteer.admin-boundaries-dir)");
            }
            stage(c, units);
            List<String> missing = strings(c, MISSING, null);
            if (!missing.isEmpty()) {
                throw new IllegalStateException(path + " lists units the loaded COD-AB boundaries lack: " + missing);
            }
            String fingerprint = strings(c, FINGERPRINT,
                    concat(METHOD.getBytes(StandardCharsets.UTF_8), content)).get(0);
            if (upToDate(c, fingerprint)) {
                c.rollback();
                LOG.info("Reference areas: unit list and unit polygons unchanged, not computed again");
                return false;
            }
            long started = System.nanoTime();
            int features;
            try (Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM reference_area");
            }
            try (PreparedStatement ps = c.prepareStatement(COMPUTE)) {
                ps.setString(1, fingerprint);
                features = ps.executeUpdate();
            }
            // Gap areas are clipped to the territories, uncovered areas cut from them.
            try (Statement st = c.createStatement()) {
                st.execute("SELECT tansiq_reference_areas_changed()");
            }
            c.commit();
            LOG.infof("Reference areas: %d features from %d units computed in %d ms", features, units.size(),
                    (System.nanoTime() - started) / 1_000_000);
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("computing the reference areas failed: " + e.getMessage(), e);
        }
    }

    private boolean clear(String why) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            int removed = st.executeUpdate("DELETE FROM reference_area");
            st.execute("SELECT tansiq_reference_areas_changed()");
            LOG.warnf("Reference areas: %s; the disputed territories and Kurdistan Region layers are empty%s", why,
                    removed > 0 ? " (" + removed + " stored features removed)" : "");
        } catch (SQLException e) {
            throw new IllegalStateException("clearing the reference areas failed: " + e.getMessage(), e);
        }
        return false;
    }

    private static boolean unitsLoaded(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT EXISTS (SELECT 1 FROM place WHERE source = 'codab' AND area IS NOT NULL)")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static void stage(Connection c, List<ReferenceAreaList.Unit> units) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(STAGE);
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO reference_area_unit (layer, feature, level, pcode, ordinal) VALUES (?, ?, ?, ?, ?)")) {
            int ordinal = 0;
            for (ReferenceAreaList.Unit u : units) {
                ps.setString(1, u.layer());
                ps.setString(2, u.feature());
                ps.setString(3, u.level());
                ps.setString(4, u.pcode());
                ps.setInt(5, ordinal++);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static boolean upToDate(Connection c, String fingerprint) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UP_TO_DATE)) {
            ps.setString(1, fingerprint);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static List<String> strings(Connection c, String sql, byte[] arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (arg != null) {
                ps.setBytes(1, arg);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
