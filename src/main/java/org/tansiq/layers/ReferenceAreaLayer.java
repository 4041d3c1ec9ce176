package org.tansiq.layers;

import io.agroal.api.AgroalDataSource;
import java.util.Optional;
import java.util.Set;

/**
 * A layer of areas computed from administrative units ({@link ReferenceAreas}): one feature per
 * feature of the unit list, its id that list's feature name, with the units it is made of.
 * Subclasses are {@code @Singleton} beans: a normal-scoped bean needs a no-argument constructor
 * for its proxy, which this class does not have.
 */
abstract class ReferenceAreaLayer implements FeatureLayer {

    private static final String FEATURE = """
            json_build_object(
                'type', 'Feature', 'id', a.feature,
                'geometry', ST_AsGeoJSON(%s, 6)::json,
                'properties', json_build_object(
                    'tier', a.feature,
                    'units', (SELECT json_agg(json_build_object(
                                         'pcode', k.pcode, 'level', substr(p.feature_code, 4)::int,
                                         'name', p.name_ar, 'nameEn', p.name_en) ORDER BY k.ord)
                              FROM unnest(a.units) WITH ORDINALITY k (pcode, ord)
                              LEFT JOIN place p ON p.source = 'codab' AND p.source_id = k.pcode),
                    'areaKm2', round(a.area_km2::numeric),
                    'computedAt', a.computed_at))
            """;
    private static final Keyset ORDER = new Keyset("json_build_array(a.position)", "a.position",
            "a.position > ?::int");

    private final AgroalDataSource dataSource;

    ReferenceAreaLayer(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Set<Option> options() {
        return Set.of(Option.SIMPLIFY);
    }

    @Override
    public FeaturePage items(LayerQuery query) {
        Sql from = Sql.of(" FROM reference_area a WHERE a.layer = ?", id())
                .then(FeatureQueries.bboxFilter("a.area", query.bbox()));
        return FeatureQueries.page(dataSource, feature(query.simplify()), from, from, ORDER, query,
                FeatureQueries.Count.EXACT);
    }

    @Override
    public Optional<String> feature(String id, Double simplify) {
        return FeatureQueries.one(dataSource, Sql.format("SELECT (%s)::text", feature(simplify))
                .then(" FROM reference_area a WHERE a.layer = ? AND a.feature = ?", id(), id));
    }

    private static Sql feature(Double simplify) {
        return Sql.of(FEATURE).replace("%s", FeatureQueries.geometry("a.area", simplify));
    }
}
