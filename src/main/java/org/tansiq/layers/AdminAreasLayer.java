package org.tansiq.layers;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;

/**
 * Iraq's governorates, districts and sub-districts (OCHA COD-AB): the administrative units the
 * gazetteer loaded as places with their polygons ({@code place.area}). A feature's id is its
 * p-code, which also names its parents: IQG13 (Kirkuk governorate), IQG13Q04 (a district of it).
 */
@ApplicationScoped
public class AdminAreasLayer implements FeatureLayer {

    public static final String ID = "admin-areas";
    /** Levels run from 1 (governorates) to this one (sub-districts). */
    public static final int DEEPEST_LEVEL = 3;

    private static final String FEATURE = """
            json_build_object(
                'type', 'Feature', 'id', u.source_id,
                'geometry', ST_AsGeoJSON(%s, 6)::json,
                'properties', json_build_object(
                    'name', u.name_ar, 'nameEn', u.name_en, 'pcode', u.source_id,
                    'level', substr(u.feature_code, 4)::int,
                    'parentPcode', CASE u.feature_code WHEN 'ADM2' THEN u.adm1_pcode WHEN 'ADM3' THEN u.adm2_pcode END,
                    'adm1Pcode', u.adm1_pcode, 'adm2Pcode', u.adm2_pcode,
                    'placeId', u.id))
            """;
    private static final String UNITS = " FROM place u WHERE u.source = 'codab' AND u.area IS NOT NULL"
            + " AND u.feature_code IN ('ADM1', 'ADM2', 'ADM3')";
    private static final Keyset ORDER = new Keyset("json_build_array(u.feature_code, u.source_id)",
            "u.feature_code, u.source_id", "(u.feature_code, u.source_id) > (?, ?)");

    private final AgroalDataSource dataSource;

    AdminAreasLayer(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LayerDescription description() {
        return new LayerDescription(1, "Governorates, districts and sub-districts",
                "Iraq's administrative units as of 2019 (OCHA COD-AB): governorates (level 1), districts"
                        + " (level 2) and sub-districts (level 3), with Arabic and English names, p-code and"
                        + " parent p-codes. `level` keeps one level; `simplify` (degrees) gives lighter outlines.",
                "MultiPolygon", LayerCatalogue.ADMIN_BOUNDARIES);
    }

    @Override
    public Set<Option> options() {
        return Set.of(Option.LEVEL, Option.SIMPLIFY);
    }

    @Override
    public FeaturePage items(LayerQuery query) {
        Sql from = Sql.of(UNITS);
        if (query.level() != null) {
            from = from.then(" AND u.feature_code = ?", featureCode(query.level()));
        }
        from = from.then(FeatureQueries.bboxFilter("u.area", query.bbox()));
        return FeatureQueries.page(dataSource, feature(query.simplify()), from, from, ORDER, query,
                FeatureQueries.Count.EXACT);
    }

    @Override
    public Optional<String> feature(String id, Double simplify) {
        return FeatureQueries.one(dataSource, Sql.format("SELECT (%s)::text", feature(simplify))
                .then(UNITS + " AND u.source_id = ?", id));
    }

    private static Sql feature(Double simplify) {
        return Sql.of(FEATURE).replace("%s", FeatureQueries.geometry("u.area", simplify));
    }

    /** COD-AB units are places of feature code ADM1, ADM2 or ADM3. */
    private static String featureCode(int level) {
        if (level < 1 || level > DEEPEST_LEVEL) {
            throw new IllegalArgumentException("administrative level " + level + " is not 1-" + DEEPEST_LEVEL);
        }
        return "ADM" + level;
    }

}
