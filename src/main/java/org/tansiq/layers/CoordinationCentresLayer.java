package org.tansiq.layers;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Coordination centres: the reports of all articles merged into one point per real centre
 * ({@link EventSql#CENTRES} states the rule), with its status as of a date and the whole history.
 */
@ApplicationScoped
public class CoordinationCentresLayer implements FeatureLayer {

    public static final String ID = "coordination-centres";

    private static final String FEATURE = """
            json_build_object(
                'type', 'Feature', 'id', c.id,
                'geometry', ST_AsGeoJSON(p.geom, 6)::json,
                'properties', json_build_object(
                    'name', coalesce(p.name_ar, p.name), 'nameEn', p.name_en, 'placeId', p.id,
                    'asOf', ?::date, 'status', c.status, 'statusDate', c.status_date,
                    'statusHistory', c.history, 'parties', c.parties, 'places', c.places,
                    'reports', c.reports, 'firstReport', c.first_date, 'lastReport', c.last_date,
                    'sources', c.sources))
            """;
    private static final String FROM = " FROM (" + EventSql.CENTRES + ") c JOIN place p ON p.id = c.id WHERE true";

    private final AgroalDataSource dataSource;

    CoordinationCentresLayer(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<Option> options() {
        return Set.of(Option.DATETIME);
    }

    @Override
    public FeaturePage items(LayerQuery query) {
        List<Object> args = new ArrayList<>(EventSql.centresArgs(query.asOfOrToday()));
        args.addAll(FeatureQueries.bboxArgs(query.bbox()));
        return FeatureQueries.page(dataSource, FEATURE, List.of(java.sql.Date.valueOf(query.asOfOrToday())),
                FROM + FeatureQueries.bboxFilter("p.geom", query.bbox()), args, "c.id", query.limit(),
                query.offset());
    }

    @Override
    public Optional<String> feature(String id, Double simplify) {
        return feature(id, LayerQuery.forFeature(simplify, null, null));
    }

    /** Ids are the place id of the centre's point. */
    @Override
    public Optional<String> feature(String id, LayerQuery query) {
        long placeId;
        try {
            placeId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        List<Object> args = new ArrayList<>();
        args.add(java.sql.Date.valueOf(query.asOfOrToday()));
        args.addAll(EventSql.centresArgs(query.asOfOrToday()));
        args.add(placeId);
        return FeatureQueries.one(dataSource, "SELECT " + FEATURE + "::text" + FROM + " AND c.id = ?", args);
    }
}
