package org.tansiq.layers;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SQL a polygon layer's endpoints share: PostGIS builds every Feature with
 * {@code json_build_object}; a page and its count use the same filter. Arguments are bound, never
 * spliced in.
 */
final class FeatureQueries {

    private FeatureQueries() {
    }

    /**
     * The geometry expression for a MultiPolygon column: full, or simplified without breaking rings (one ? to
     * bind), still a MultiPolygon (the simplification of a one-part MultiPolygon is a Polygon).
     */
    static String geometry(String column, Double simplify) {
        return simplify == null ? column : "ST_Multi(ST_SimplifyPreserveTopology(" + column + ", ?))";
    }

    /** The arguments {@link #geometry} needs. */
    static List<Object> geometryArgs(Double simplify) {
        return simplify == null ? List.of() : List.of(simplify);
    }

    /** Intersection with the bbox as four ? to bind, or nothing. */
    static String bboxFilter(String column, BBox bbox) {
        return bbox == null ? "" : " AND ST_Intersects(" + column + ", ST_MakeEnvelope(?, ?, ?, ?, 4326))";
    }

    static List<Object> bboxArgs(BBox bbox) {
        return bbox == null ? List.of() : List.of(bbox.minLon(), bbox.minLat(), bbox.maxLon(), bbox.maxLat());
    }

    /**
     * One page of features.
     *
     * @param feature     the Feature expression, with its arguments (the simplify tolerance)
     * @param from        FROM ... WHERE ..., with its arguments
     * @param orderBy     a total order over the rows
     */
    static FeaturePage page(AgroalDataSource dataSource, String feature, List<Object> featureArgs, String from,
            List<Object> fromArgs, String orderBy, int limit, int offset) {
        // One pass over FROM (for the event layers, clustering and polygon unions): the page's rows
        // carry the total beside them. Only a page past the end, which has no row, counts again.
        String page = "SELECT coalesce(json_agg(f.feature ORDER BY f.n), '[]')::text, count(*), max(f.total)"
                + " FROM (SELECT " + feature + " AS feature, row_number() OVER (ORDER BY " + orderBy + ") AS n,"
                + " count(*) OVER () AS total " + from + " ORDER BY " + orderBy + " LIMIT ? OFFSET ?) f";
        List<Object> pageArgs = new ArrayList<>(featureArgs);
        pageArgs.addAll(fromArgs);
        pageArgs.add(limit);
        pageArgs.add(offset);
        try (Connection c = dataSource.getConnection()) {
            String json;
            int returned;
            long matched;
            try (PreparedStatement ps = prepare(c, page, pageArgs); ResultSet rs = ps.executeQuery()) {
                rs.next();
                json = rs.getString(1);
                returned = rs.getInt(2);
                matched = rs.getLong(3);
            }
            if (returned == 0 && offset > 0) {
                try (PreparedStatement ps = prepare(c, "SELECT count(*) " + from, fromArgs);
                        ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    matched = rs.getLong(1);
                }
            }
            return new FeaturePage(json, matched, returned);
        } catch (SQLException e) {
            throw new IllegalStateException("layer query failed: " + e.getMessage(), e);
        }
    }

    /** The first column of the one row the query finds, as text, if it finds one. */
    static Optional<String> one(AgroalDataSource dataSource, String sql, List<Object> args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = prepare(c, sql, args);
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("layer query failed: " + e.getMessage(), e);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, List<Object> args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        try {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
        } catch (SQLException e) {
            ps.close();
            throw e;
        }
        return ps;
    }
}
