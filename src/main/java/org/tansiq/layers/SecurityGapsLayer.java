package org.tansiq.layers;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reported security gaps as areas. Each place a gap report names stands for the smallest COD-AB
 * unit that holds it: its sub-district, else its district; a place that is itself a district or
 * a governorate stands for itself. The unit is clipped to the disputed territories when its
 * interior meets them, and kept whole when it lies outside. A report that names no place, or only
 * a country or a region, is about the areas between the lines in general and maps to the disputed
 * territories (feature id {@value #GENERAL}). One feature per area, however many reports; a
 * report naming two places in one unit counts once. Places with no unit (outside Iraq) are left out.
 */
@ApplicationScoped
public class SecurityGapsLayer implements FeatureLayer {

    public static final String ID = "security-gaps";
    /** The feature of the reports about the disputed territories in general. */
    public static final String GENERAL = DisputedTerritoriesLayer.ID;

    private static final String GAPS = """
            WITH disputed AS (
                SELECT ST_Multi(ST_CollectionExtract(ST_Union(area), 3)) AS area FROM reference_area WHERE layer = '%1$s'),
            gap AS (
                SELECT e.id AS event_id, ep.place_id,
                       CASE p.feature_code WHEN 'ADM1' THEN p.adm1_pcode WHEN 'ADM2' THEN p.adm2_pcode
                            ELSE coalesce(p.adm3_pcode, p.adm2_pcode) END AS pcode
                FROM event e JOIN event_place ep ON ep.event_id = e.id JOIN place p ON p.id = ep.place_id
                WHERE e.kind = 'security_gap' AND coalesce(p.feature_code, '') NOT IN %2$s
                UNION ALL
                SELECT e.id, NULL, NULL FROM event e
                WHERE e.kind = 'security_gap' AND NOT EXISTS (
                    SELECT 1 FROM event_place ep JOIN place p ON p.id = ep.place_id
                    WHERE ep.event_id = e.id AND coalesce(p.feature_code, '') NOT IN %2$s)),
            report AS (
                SELECT coalesce(g.pcode, '%3$s') AS id, g.event_id,
                       array_remove(array_agg(g.place_id), NULL) AS places
                FROM gap g
                LEFT JOIN place u ON u.source = 'codab' AND u.source_id = g.pcode AND u.area IS NOT NULL
                WHERE g.pcode IS NULL OR u.id IS NOT NULL
                GROUP BY 1, 2)
            SELECT r.id, u.name_ar AS unit_name, u.name_en AS unit_name_en,
                   substr(u.feature_code, 4)::int AS unit_level,
                   CASE WHEN u.id IS NULL THEN d.area
                        WHEN ST_Relate(u.area, d.area, 'T********')
                            THEN ST_Multi(ST_CollectionExtract(ST_Intersection(u.area, d.area), 3))
                        ELSE u.area END AS geom,
                   u.id IS NOT NULL AND ST_Relate(u.area, d.area, 'T********') AS clipped,
                   count(*) AS reports, min(e.event_date) AS first_date, max(e.event_date) AS last_date,
                   array_agg(DISTINCT e.quote) AS quotes,
                   array_agg(DISTINCT e.article_id ORDER BY e.article_id) AS articles,
                   (SELECT json_agg(json_build_object('placeId', q.id, 'name', coalesce(q.name_ar, q.name),
                                                      'nameEn', q.name_en) ORDER BY q.id)
                    FROM place q WHERE q.id IN (SELECT unnest(rr.places) FROM report rr WHERE rr.id = r.id)) AS places,
                   json_agg(%4$s ORDER BY e.event_date NULLS LAST, a.published_at NULLS LAST, e.id) AS sources
            FROM report r JOIN event e ON e.id = r.event_id JOIN article a ON a.id = e.article_id
            CROSS JOIN disputed d
            LEFT JOIN place u ON u.source = 'codab' AND u.source_id = r.id AND u.area IS NOT NULL
            WHERE d.area IS NOT NULL
            GROUP BY r.id, u.id, d.area
            """.formatted(DisputedTerritoriesLayer.ID, EventSql.COARSE_CODES, GENERAL, EventSql.source("e", "a"));
    private static final String FEATURE = """
            json_build_object(
                'type', 'Feature', 'id', g.id,
                'geometry', ST_AsGeoJSON(%s, 6)::json,
                'properties', json_build_object(
                    'pcode', CASE WHEN g.unit_level IS NOT NULL THEN g.id END, 'level', g.unit_level,
                    'name', g.unit_name, 'nameEn', g.unit_name_en, 'clippedToDisputedTerritories', g.clipped,
                    'places', coalesce(g.places, '[]'), 'reports', g.reports,
                    'firstReport', g.first_date, 'lastReport', g.last_date,
                    'quotes', g.quotes, 'articles', g.articles, 'sources', g.sources))
            """;
    private static final String FROM = " FROM (" + GAPS + ") g WHERE true";

    private final AgroalDataSource dataSource;

    SecurityGapsLayer(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<Option> options() {
        return Set.of(Option.SIMPLIFY);
    }

    @Override
    public FeaturePage items(LayerQuery query) {
        return FeatureQueries.page(dataSource, feature(query.simplify()), FeatureQueries.geometryArgs(query.simplify()),
                FROM + FeatureQueries.bboxFilter("g.geom", query.bbox()), FeatureQueries.bboxArgs(query.bbox()),
                "g.id", query.limit(), query.offset());
    }

    @Override
    public Optional<String> feature(String id, Double simplify) {
        List<Object> args = new ArrayList<>(FeatureQueries.geometryArgs(simplify));
        args.add(id);
        return FeatureQueries.one(dataSource, "SELECT " + feature(simplify) + "::text" + FROM + " AND g.id = ?", args);
    }

    private static String feature(Double simplify) {
        return FEATURE.formatted(FeatureQueries.geometry("g.geom", simplify));
    }
}
