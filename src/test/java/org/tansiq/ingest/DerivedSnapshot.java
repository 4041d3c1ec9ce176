package org.tansiq.ingest;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The derived tables (V6__derived_state.sql, V7__vector_tiles.sql) as text, independent of
 * surrogate ids: what incremental maintenance must leave equal to {@code tansiq_rebuild_derived()}.
 */
public final class DerivedSnapshot {

    private DerivedSnapshot() {
    }

    public static String of(Connection c) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Statement st = c.createStatement()) {
            for (String sql : List.of(
                    "SELECT place_id, places, reports, first_date, last_date, parties FROM centre ORDER BY place_id",
                    "SELECT c.place_id, d.day, d.status, d.since, d.event_id, d.general FROM centre_day d"
                            + " JOIN centre c ON c.id = d.centre_id ORDER BY 1, 2",
                    "SELECT c.place_id, r.event_id FROM centre_report r JOIN centre c ON c.id = r.centre_id"
                            + " ORDER BY 1, 2",
                    "SELECT id, reports, first_date, last_date, clipped FROM gap_area ORDER BY id",
                    "SELECT place_id, kind, events, last_date FROM place_event ORDER BY 1, 2",
                    "SELECT place_id, mentions, articles, round(confidence_sum::numeric, 6), surfaces"
                            + " FROM place_mention ORDER BY place_id")) {
                try (ResultSet rs = st.executeQuery(sql)) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= n; i++) {
                            out.append(rs.getString(i)).append('|');
                        }
                        out.append('\n');
                    }
                }
            }
        }
        return out.toString();
    }
}
