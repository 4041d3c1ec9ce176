package org.tansiq.layers;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The SQL every layer's endpoints share: PostGIS builds each Feature with
 * {@code json_build_object}; a page is an index range after its cursor ({@link Keyset}), one row
 * more than asked for telling whether there is a next page. Arguments are bound, never spliced in.
 */
final class FeatureQueries {

    /** How a layer's {@code numberMatched} is found. */
    enum Count {
        /** Counted: the layer is bounded by the gazetteer or the unit list, never by history. */
        EXACT,
        /**
         * Known only when the first page holds every match; otherwise left out (OGC API Features
         * allows it): counting a million events would cost more than the page.
         */
        WHEN_ON_ONE_PAGE
    }

    /**
     * How many items a feature lists of what grows with the corpus (its sources, articles, history,
     * places): the latest this many. Counts beside them ({@code reports}, {@code articleCount}) say
     * how many there are in all.
     */
    static final int LIST_CAP = 100;

    private FeatureQueries() {
    }

    /**
     * The geometry expression for a MultiPolygon column: full, or simplified without breaking rings,
     * still a MultiPolygon (the simplification of a one-part MultiPolygon is a Polygon).
     */
    static Sql geometry(String column, Double simplify) {
        return simplify == null ? Sql.of(column)
                : Sql.of("ST_Multi(ST_SimplifyPreserveTopology(" + column + ", ?))", simplify);
    }

    /** Intersection with the bbox, or nothing. */
    static Sql bboxFilter(String column, BBox bbox) {
        return bbox == null ? Sql.EMPTY : Sql.of(" AND ST_Intersects(" + column + ", ST_MakeEnvelope(?, ?, ?, ?, 4326))",
                bbox.minLon(), bbox.minLat(), bbox.maxLon(), bbox.maxLat());
    }

    /**
     * One page of features.
     *
     * @param feature the Feature expression (json), with its arguments
     * @param from    {@code FROM ... WHERE ...} with the query's filters and their arguments
     * @param counted {@code FROM ... WHERE ...} that counts the same rows for {@link Count#EXACT}, without
     *                what only the features need (their lateral lists)
     */
    static FeaturePage page(AgroalDataSource dataSource, Sql feature, Sql from, Sql counted, Keyset keyset,
            LayerQuery query, Count count) {
        Sql page = Sql.format("SELECT (%s)::text, (" + keyset.key() + ")::text ", feature)
                .then(from).then(after(keyset, query))
                .then(" ORDER BY " + keyset.order() + " LIMIT ? OFFSET ?", query.limit() + 1, query.offset());
        return read(dataSource, page, counted, query, count);
    }

    /**
     * One page whose rows are found in one table ({@code driver}, aliased {@code alias}, with the
     * filters) and only then joined to what the features show: the page's rows are picked, in index
     * order, before any feature is built, however many rows match.
     */
    static FeaturePage pageOf(AgroalDataSource dataSource, Sql feature, String alias, Sql driver, String joins,
            Keyset keyset, LayerQuery query, Count count) {
        Sql rows = Sql.of("SELECT " + alias + ".* ").then(driver).then(after(keyset, query))
                .then(" ORDER BY " + keyset.order() + " LIMIT ? OFFSET ?", query.limit() + 1, query.offset());
        Sql page = Sql.format("SELECT (%s)::text, (" + keyset.key() + ")::text FROM (%s) " + alias + joins
                + " ORDER BY " + keyset.order(), feature, rows);
        return read(dataSource, page, driver, query, count);
    }

    private static Sql after(Keyset keyset, LayerQuery query) {
        if (query.cursor() == null) {
            return Sql.EMPTY;
        }
        if (query.cursor().values().size() != keyset.arity()) {
            throw new IllegalArgumentException("cursor is not one this collection gave");
        }
        return new Sql(" AND " + keyset.after(), List.copyOf(query.cursor().values()));
    }

    private static FeaturePage read(AgroalDataSource dataSource, Sql page, Sql counted, LayerQuery query,
            Count count) {
        try (Connection c = dataSource.getConnection()) {
            StringBuilder json = new StringBuilder("[");
            int returned = 0;
            String lastKey = null;
            boolean more = false;
            try (PreparedStatement ps = prepare(c, page); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (returned == query.limit()) {
                        more = true;
                        break;
                    }
                    json.append(returned == 0 ? "" : ",").append(rs.getString(1));
                    lastKey = rs.getString(2);
                    returned++;
                }
            }
            json.append(']');
            Long matched = null;
            if (count == Count.EXACT) {
                try (PreparedStatement ps = prepare(c, Sql.of("SELECT count(*) ").then(counted));
                        ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    matched = rs.getLong(1);
                }
            } else if (!more && query.cursor() == null) {
                matched = (long) query.offset() + returned;
            }
            return new FeaturePage(json.toString(), matched, returned, more ? Cursor.token(lastKey) : null);
        } catch (SQLException e) {
            if (query.cursor() != null && e.getSQLState() != null && e.getSQLState().startsWith("22")) {
                // A value PostgreSQL cannot read as the key's type: a token we did not give.
                throw new IllegalArgumentException("cursor is not one this collection gave");
            }
            throw new IllegalStateException("layer query failed: " + e.getMessage(), e);
        }
    }

    /** The first column of the one row the query finds, as text, if it finds one. */
    static Optional<String> one(AgroalDataSource dataSource, Sql sql) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = prepare(c, sql);
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("layer query failed: " + e.getMessage(), e);
        }
    }

    static PreparedStatement prepare(Connection c, Sql sql) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql.text());
        try {
            for (int i = 0; i < sql.args().size(); i++) {
                ps.setObject(i + 1, sql.args().get(i));
            }
        } catch (SQLException e) {
            ps.close();
            throw e;
        }
        return ps;
    }
}
