package org.tansiq.layers;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.util.Optional;
import java.util.Set;

/**
 * Where coordination does not reach as of a date: each tier of the disputed territories minus a
 * disc of {@code radiusKm} around every coordination centre whose status on that date is
 * {@code opened} (the discs are buffers on the ellipsoid, PostGIS geography). One feature per
 * tier, with the same ids as the disputed-territories layer. The polygons depend only on which
 * centres are open and on the radius: they are computed the first time that combination is asked
 * for and stored ({@code uncovered_area}); every other date with the same open centres reads them.
 */
@ApplicationScoped
public class UncoveredAreasLayer implements FeatureLayer {

    public static final String ID = "uncovered-areas";
    /** How far a centre's coordination reaches when the client does not say. */
    public static final double DEFAULT_RADIUS_KM = 30;

    private static final String FEATURE = """
            json_build_object(
                'type', 'Feature', 'id', u.tier,
                'geometry', ST_AsGeoJSON(%s, 6)::json,
                'properties', json_build_object(
                    'tier', u.tier, 'asOf', ?::date, 'radiusKm', u.radius_km,
                    'areaKm2', round(u.area_km2::numeric), 'territoryKm2', round(u.territory_km2::numeric),
                    'openCentres', coalesce(oc.centres, '[]'), 'sources', coalesce(oc.sources, '[]')))
            """;
    private static final String FROM = """
             FROM uncovered_area u
            CROSS JOIN (SELECT json_agg(json_build_object('id', o.place_id, 'name', coalesce(p.name_ar, p.name),
                                                          'nameEn', p.name_en, 'openedOn', o.since)
                                        ORDER BY o.place_id) AS centres,
                               json_agg(tansiq_source(e, a) ORDER BY o.place_id) AS sources
                        FROM tansiq_open_centres(?) o JOIN place p ON p.id = o.place_id
                        JOIN event e ON e.id = o.event_id JOIN article a ON a.id = e.article_id) oc
            WHERE u.radius_km = ? AND u.open_key = ?""";
    private static final Keyset ORDER = new Keyset("json_build_array(u.position)", "u.position",
            "u.position > ?::int");

    private final AgroalDataSource dataSource;

    UncoveredAreasLayer(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LayerDescription description() {
        return new LayerDescription(6, "Areas no coordination centre covers",
                "Each tier of the disputed territories minus a disc of `radiusKm` (default "
                        + (int) UncoveredAreasLayer.DEFAULT_RADIUS_KM + ") around every coordination centre"
                        + " open on `datetime` (default today), computed in PostGIS. A rough picture of"
                        + " where joint coordination does not reach, not of who controls what.",
                "MultiPolygon", LayerCatalogue.EVENTS_ATTRIBUTION + "; " + LayerCatalogue.ADMIN_BOUNDARIES);
    }

    @Override
    public Set<Option> options() {
        return Set.of(Option.DATETIME, Option.RADIUS, Option.SIMPLIFY);
    }

    @Override
    public FeaturePage items(LayerQuery query) {
        Sql from = from(query).then(FeatureQueries.bboxFilter("u.geom", query.bbox()));
        return FeatureQueries.page(dataSource, feature(query), from, from, ORDER, query, FeatureQueries.Count.EXACT);
    }

    @Override
    public Optional<String> feature(String id, Double simplify) {
        return feature(id, LayerQuery.forFeature(simplify, null, null));
    }

    @Override
    public Optional<String> feature(String id, LayerQuery query) {
        return FeatureQueries.one(dataSource, Sql.format("SELECT (%s)::text", feature(query)).then(from(query))
                .then(" AND u.tier = ?", id));
    }

    private static double radiusKm(LayerQuery query) {
        return query.radiusKm() != null ? query.radiusKm() : DEFAULT_RADIUS_KM;
    }

    private static Sql feature(LayerQuery query) {
        return Sql.of(FEATURE, Date.valueOf(query.asOfOrToday()))
                .replace("%s", FeatureQueries.geometry("u.geom", query.simplify()));
    }

    /** The stored areas for the centres open on the date, computed first if no date with them was asked for. */
    private Sql from(LayerQuery query) {
        Date asOf = Date.valueOf(query.asOfOrToday());
        double radius = radiusKm(query);
        String key = FeatureQueries.one(dataSource, Sql.of(
                "SELECT tansiq_uncovered(?, ARRAY(SELECT place_id FROM tansiq_open_centres(?)))", radius, asOf))
                .orElseThrow();
        return Sql.of(FROM, asOf, radius, key);
    }
}
