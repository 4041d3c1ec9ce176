package org.tansiq.layers;

import io.agroal.api.AgroalDataSource;
import java.util.ArrayList;
import java.util.List;
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
    private static final String ORDER = "a.position";

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
        List<Object> args = new ArrayList<>();
        args.add(id());
        args.addAll(FeatureQueries.bboxArgs(query.bbox()));
        String from = " FROM reference_area a WHERE a.layer = ?" + FeatureQueries.bboxFilter("a.area", query.bbox());
        return FeatureQueries.page(dataSource, feature(query.simplify()), FeatureQueries.geometryArgs(query.simplify()),
                from, args, ORDER, query.limit(), query.offset());
    }

    @Override
    public Optional<String> feature(String id, Double simplify) {
        List<Object> args = new ArrayList<>(FeatureQueries.geometryArgs(simplify));
        args.add(id());
        args.add(id);
        return FeatureQueries.one(dataSource, "SELECT " + feature(simplify) + "::text FROM reference_area a"
                + " WHERE a.layer = ? AND a.feature = ?", args);
    }

    private static String feature(Double simplify) {
        return FEATURE.formatted(FeatureQueries.geometry("a.area", simplify));
    }
}
