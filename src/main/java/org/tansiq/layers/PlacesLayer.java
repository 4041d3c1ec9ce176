package org.tansiq.layers;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The places layer: every gazetteer place at least one stored article mentions, with how often
 * and where. PostGIS writes the GeoJSON (no object graph per feature).
 */
@ApplicationScoped
public class PlacesLayer implements FeatureLayer {

    public static final String ID = "places";

    private static final String MENTIONED = """
            WITH counts AS (
                SELECT m.place_id, count(*) AS mentions,
                       array_agg(DISTINCT m.article_id ORDER BY m.article_id) AS articles,
                       array_agg(DISTINCT m.surface ORDER BY m.surface) AS surfaces,
                       round(avg(m.confidence)::numeric, 3) AS confidence
                FROM mention m WHERE m.place_id IS NOT NULL GROUP BY m.place_id)
            """;
    private static final String FEATURE = """
            json_build_object(
                'type', 'Feature', 'id', p.id,
                'geometry', ST_AsGeoJSON(p.geom, 6)::json,
                'properties', json_build_object(
                    'name', coalesce(p.name_ar, p.name), 'nameEn', p.name_en,
                    'mentions', c.mentions, 'articles', c.articles, 'surfaces', c.surfaces,
                    'confidence', c.confidence,
                    'featureClass', p.feature_class, 'featureCode', p.feature_code,
                    'countryCode', p.country_code, 'population', p.population,
                    'source', p.source, 'sourceId', p.source_id,
                    'geonamesId', CASE WHEN p.source = 'geonames' THEN p.source_id::bigint END))
            """;
    private static final String BBOX_FILTER = " AND p.geom && ST_MakeEnvelope(?, ?, ?, ?, 4326)";

    private final AgroalDataSource dataSource;

    PlacesLayer(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public FeaturePage items(LayerQuery query) {
        return items(query.bbox(), query.limit(), query.offset());
    }

    /** Places are points: there is nothing to simplify. Ids are place ids; anything else names no place. */
    @Override
    public Optional<String> feature(String id, Double simplify) {
        try {
            return feature(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public FeaturePage items(BBox bbox, int limit, int offset) {
        String where = " WHERE true" + (bbox == null ? "" : BBOX_FILTER);
        String from = " FROM place p JOIN counts c ON c.place_id = p.id" + where;
        String page = MENTIONED + "SELECT coalesce(json_agg(f.feature ORDER BY f.mentions DESC, f.id), '[]')::text,"
                + " count(*)"
                + " FROM (SELECT " + FEATURE + " AS feature, c.mentions, p.id" + from
                + " ORDER BY c.mentions DESC, p.id LIMIT ? OFFSET ?) f";
        String count = MENTIONED + "SELECT count(*)" + from;
        try (Connection c = dataSource.getConnection()) {
            long matched;
            try (PreparedStatement ps = c.prepareStatement(count)) {
                bind(ps, bbox, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    matched = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(page)) {
                int i = bind(ps, bbox, 1);
                ps.setInt(i++, limit);
                ps.setInt(i, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new FeaturePage(rs.getString(1), matched, rs.getInt(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("places layer query failed", e);
        }
    }

    /** One place as a Feature, if it exists and is mentioned. */
    public Optional<String> feature(long id) {
        String sql = MENTIONED + "SELECT " + FEATURE + "::text FROM place p JOIN counts c ON c.place_id = p.id"
                + " WHERE p.id = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("places layer query failed", e);
        }
    }

    private static int bind(PreparedStatement ps, BBox bbox, int from) throws SQLException {
        if (bbox == null) {
            return from;
        }
        ps.setDouble(from, bbox.minLon());
        ps.setDouble(from + 1, bbox.minLat());
        ps.setDouble(from + 2, bbox.maxLon());
        ps.setDouble(from + 3, bbox.maxLat());
        return from + 4;
    }
}
