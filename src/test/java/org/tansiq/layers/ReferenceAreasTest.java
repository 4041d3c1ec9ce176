package org.tansiq.layers;

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
import org.junit.jupiter.api.Test;

/** Computing the reference areas once, and again only when what they are made from changed. */
@QuarkusTest
class ReferenceAreasTest {

    @Inject
    ReferenceAreas areas;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void nothingChangedNothingComputed() {
        // The start computed them (or found them up to date).
        assertFalse(areas.refresh());
    }

    @Test
    void computedAgainWhenTheirInputsChanged() throws SQLException {
        // As if the boundaries or the list had changed since: the stored fingerprint no longer matches.
        execute("UPDATE reference_area SET inputs_sha256 = repeat('0', 64)");
        assertTrue(areas.refresh());
        assertFalse(areas.refresh());
        assertEquals(3, count("SELECT count(*) FROM reference_area"));
    }

    @Test
    void everyAreaIsAValidMultiPolygonOfItsUnits() throws SQLException {
        assertEquals(3, count("SELECT count(*) FROM reference_area WHERE ST_IsValid(area)"
                + " AND GeometryType(area) = 'MULTIPOLYGON' AND area_km2 > 0"));
        // Each area covers the points of its units (COD-AB places carry one on their surface).
        assertEquals(0, count("SELECT count(*) FROM reference_area a, unnest(a.units) u (pcode)"
                + " JOIN place p ON p.source = 'codab' AND p.source_id = u.pcode WHERE NOT ST_Covers(a.area, p.geom)"));
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
