package org.tansiq.layers;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every extracted event as it was reported, one point per place it names (feature id
 * {@code <event id>-<place ordinal>}): not merged, so each point is one sentence. Events that
 * name no place have no point and are not in this layer.
 */
@ApplicationScoped
public class EventsLayer implements FeatureLayer {

    public static final String ID = "events";

    private static final Pattern FEATURE_ID = Pattern.compile("(\\d{1,18})-(\\d{1,9})");
    private static final String FEATURE = """
            json_build_object(
                'type', 'Feature', 'id', e.id || '-' || ep.ordinal,
                'geometry', ST_AsGeoJSON(p.geom, 6)::json,
                'properties', json_build_object(
                    'eventId', e.id, 'kind', e.kind, 'status', e.status, 'date', e.event_date,
                    'timePrecision', e.time_precision, 'actors', e.actors,
                    'placeId', p.id, 'name', coalesce(p.name_ar, p.name), 'nameEn', p.name_en,
                    'mentionStart', ep.mention_start, 'mentionEnd', ep.mention_end,
                    'source', %1$s, 'sources', json_build_array(%1$s)))
            """.formatted(EventSql.source("e", "a"));
    private static final String FROM = " FROM event e JOIN event_place ep ON ep.event_id = e.id"
            + " JOIN place p ON p.id = ep.place_id JOIN article a ON a.id = e.article_id WHERE true";
    private static final String ORDER = "e.event_date DESC NULLS LAST, e.id, ep.ordinal";

    private final AgroalDataSource dataSource;

    EventsLayer(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<Option> options() {
        return Set.of(Option.KIND);
    }

    @Override
    public FeaturePage items(LayerQuery query) {
        StringBuilder from = new StringBuilder(FROM);
        List<Object> args = new ArrayList<>();
        if (query.kind() != null) {
            from.append(" AND e.kind = ?");
            args.add(query.kind().json());
        }
        from.append(FeatureQueries.bboxFilter("p.geom", query.bbox()));
        args.addAll(FeatureQueries.bboxArgs(query.bbox()));
        return FeatureQueries.page(dataSource, FEATURE, List.of(), from.toString(), args, ORDER, query.limit(),
                query.offset());
    }

    @Override
    public Optional<String> feature(String id, Double simplify) {
        Matcher m = FEATURE_ID.matcher(id);
        if (!m.matches()) {
            return Optional.empty();
        }
        return FeatureQueries.one(dataSource, "SELECT " + FEATURE + "::text" + FROM + " AND e.id = ? AND ep.ordinal = ?",
                List.of(Long.parseLong(m.group(1)), Integer.parseInt(m.group(2))));
    }
}
