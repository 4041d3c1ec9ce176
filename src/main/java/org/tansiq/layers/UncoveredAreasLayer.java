package org.tansiq.layers;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where coordination does not reach as of a date: each tier of the disputed territories minus a
 * disc of {@code radiusKm} around every coordination centre whose status on that date is
 * {@code opened} (the discs are buffers on the ellipsoid, PostGIS geography). One feature per
 * tier, with the same ids as the disputed-territories layer.
 */
@ApplicationScoped
public class UncoveredAreasLayer implements FeatureLayer {

    public static final String ID = "uncovered-areas";
    /** How far a centre's coordination reaches when the client does not say. */
    public static final double DEFAULT_RADIUS_KM = 30;

    private static final String UNCOVERED = """
            WITH open_centre AS (
                SELECT c.id, p.geom, coalesce(p.name_ar, p.name) AS name, p.name_en, c.status_date, c.status_source
                FROM (%1$s) c JOIN place p ON p.id = c.id WHERE c.status = 'opened'),
            cover AS (
                SELECT ST_Union(ST_Buffer(o.geom::geography, ?)::geometry) AS area,
                       json_agg(json_build_object('id', o.id, 'name', o.name, 'nameEn', o.name_en,
                                                  'openedOn', o.status_date) ORDER BY o.id) AS centres,
                       json_agg(o.status_source ORDER BY o.id) AS sources
                FROM open_centre o)
            SELECT t.feature AS id, t.position, t.area_km2 AS territory_km2,
                   CASE WHEN cover.area IS NULL THEN t.area
                        ELSE ST_Multi(ST_CollectionExtract(ST_Difference(t.area, cover.area), 3)) END AS geom,
                   coalesce(cover.centres, '[]') AS centres, coalesce(cover.sources, '[]') AS sources
            FROM reference_area t CROSS JOIN cover WHERE t.layer = '%2$s'
            """.formatted(EventSql.CENTRES, DisputedTerritoriesLayer.ID);
    private static final String FEATURE = """
            json_build_object(
                'type', 'Feature', 'id', u.id,
                'geometry', ST_AsGeoJSON(%s, 6)::json,
                'properties', json_build_object(
                    'tier', u.id, 'asOf', ?::date, 'radiusKm', ?::float8,
                    'areaKm2', round((ST_Area(u.geom::geography) / 1e6)::numeric),
                    'territoryKm2', round(u.territory_km2::numeric),
                    'openCentres', u.centres, 'sources', u.sources))
            """;
    private static final String FROM = " FROM (" + UNCOVERED + ") u WHERE true";

    private final AgroalDataSource dataSource;

    UncoveredAreasLayer(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<Option> options() {
        return Set.of(Option.DATETIME, Option.RADIUS, Option.SIMPLIFY);
    }

    @Override
    public FeaturePage items(LayerQuery query) {
        List<Object> args = fromArgs(query);
        args.addAll(FeatureQueries.bboxArgs(query.bbox()));
        return FeatureQueries.page(dataSource, feature(query.simplify()), featureArgs(query),
                FROM + FeatureQueries.bboxFilter("u.geom", query.bbox()), args, "u.position", query.limit(),
                query.offset());
    }

    @Override
    public Optional<String> feature(String id, Double simplify) {
        return feature(id, LayerQuery.forFeature(simplify, null, null));
    }

    @Override
    public Optional<String> feature(String id, LayerQuery query) {
        List<Object> args = featureArgs(query);
        args.addAll(fromArgs(query));
        args.add(id);
        return FeatureQueries.one(dataSource, "SELECT " + feature(query.simplify()) + "::text" + FROM
                + " AND u.id = ?", args);
    }

    private static double radiusKm(LayerQuery query) {
        return query.radiusKm() != null ? query.radiusKm() : DEFAULT_RADIUS_KM;
    }

    private static List<Object> featureArgs(LayerQuery query) {
        List<Object> args = new ArrayList<>(FeatureQueries.geometryArgs(query.simplify()));
        args.add(java.sql.Date.valueOf(query.asOfOrToday()));
        args.add(radiusKm(query));
        return args;
    }

    private static List<Object> fromArgs(LayerQuery query) {
        List<Object> args = new ArrayList<>(EventSql.centresArgs(query.asOfOrToday()));
        args.add(radiusKm(query) * 1000);
        return args;
    }

    private static String feature(Double simplify) {
        return FEATURE.formatted(FeatureQueries.geometry("u.geom", simplify));
    }
}
