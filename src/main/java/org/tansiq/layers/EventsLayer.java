package org.tansiq.layers;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every extracted event as it was reported, one point per place it names (feature id
 * {@code <event id>-<place ordinal>}): not merged, so each point is one sentence. Events that
 * name no place have no point and are not in this layer. Newest first (undated last): a page is a
 * range of the {@code event_place_page_ix} index, the kind and the bbox filter it.
 */
@ApplicationScoped
public class EventsLayer implements TiledLayer {

    public static final String ID = "events";

    private static final Pattern FEATURE_ID = Pattern.compile("(\\d{1,18})-(\\d{1,9})");
    private static final Sql FEATURE = Sql.of("""
            json_build_object(
                'type', 'Feature', 'id', e.id || '-' || ep.ordinal,
                'geometry', ST_AsGeoJSON(ep.geom, 6)::json,
                'properties', json_build_object(
                    'eventId', e.id, 'kind', e.kind, 'status', e.status, 'date', e.event_date,
                    'timePrecision', e.time_precision, 'actors', e.actors,
                    'placeId', p.id, 'name', coalesce(p.name_ar, p.name), 'nameEn', p.name_en,
                    'mentionStart', ep.mention_start, 'mentionEnd', ep.mention_end,
                    'source', src.s, 'sources', json_build_array(src.s)))
            """);
    // The source is built once per row (it is both `source` and the one item of `sources`).
    private static final String JOINS = " JOIN event e ON e.id = ep.event_id"
            + " JOIN place p ON p.id = ep.place_id JOIN article a ON a.id = e.article_id"
            + " CROSS JOIN LATERAL (SELECT tansiq_source(e, a) AS s) src";
    private static final String FROM = JOINS.replaceFirst("^ JOIN event e", " FROM event_place ep JOIN event e")
            + " WHERE true";
    static final Keyset ORDER = new Keyset("json_build_array(ep.sort_date, ep.event_id, ep.ordinal)",
            "ep.sort_date DESC, ep.event_id DESC, ep.ordinal DESC",
            "(ep.sort_date, ep.event_id, ep.ordinal) < (?::date, ?::bigint, ?::int)");

    private final AgroalDataSource dataSource;

    EventsLayer(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LayerDescription description() {
        return new LayerDescription(7, "Reported events",
                "Every extracted statement (coordination centre, security gap, operation, attack,"
                        + " deployment), one point per place it names, with its date, time precision, actors"
                        + " and the sentence it comes from. `kind` keeps one kind.",
                "Point", LayerCatalogue.EVENTS_ATTRIBUTION);
    }

    @Override
    public Set<Option> options() {
        return Set.of(Option.KIND);
    }

    @Override
    public FeaturePage items(LayerQuery query) {
        Sql rows = Sql.of(" FROM event_place ep WHERE true");
        if (query.kind() != null) {
            rows = rows.then(" AND ep.kind = ?", query.kind().json());
        }
        rows = rows.then(FeatureQueries.bboxFilter("ep.geom", query.bbox()));
        return FeatureQueries.pageOf(dataSource, FEATURE, "ep", rows, JOINS, ORDER, query,
                FeatureQueries.Count.WHEN_ON_ONE_PAGE);
    }

    /**
     * One point per place with the number of its events (of the kind asked for), by kind and the
     * latest date: a tile of the whole country reads the places ({@code place_event}), not every
     * event. The events at a place are its items in a bbox around it.
     */
    @Override
    public Sql tileFeatures(LayerQuery query) {
        Sql counts = Sql.of("""
                SELECT pe.place_id, (array_agg(pe.geom))[1] AS pt, sum(pe.events)::int AS events,
                       string_agg(pe.kind || ':' || pe.events, ',' ORDER BY pe.kind) AS kinds,
                       (max(pe.last_date) FILTER (WHERE pe.last_date > '-infinity'))::text AS last_date
                FROM place_event pe, env WHERE pe.geom && env.m""").then(query.kind() == null ? Sql.EMPTY
                : Sql.of(" AND pe.kind = ?", query.kind().json())).then(" GROUP BY pe.place_id");
        return Sql.of("""
                SELECT c.place_id AS fid, c.place_id AS id,
                       ST_AsMVTGeom(ST_Transform(c.pt, 3857), env.e, 4096, 64, true) AS geom,
                       coalesce(p.name_ar, p.name) AS name, p.name_en AS "nameEn", c.events, c.kinds,
                       c.last_date AS "lastDate"
                FROM (%s) c JOIN place p ON p.id = c.place_id, env""").replace("%s", counts);
    }

    @Override
    public String tileParams(LayerQuery query) {
        return query.kind() == null ? "" : "kind=" + query.kind().json();
    }

    @Override
    public Optional<String> feature(String id, Double simplify) {
        Matcher m = FEATURE_ID.matcher(id);
        if (!m.matches()) {
            return Optional.empty();
        }
        return FeatureQueries.one(dataSource, Sql.format("SELECT (%s)::text", FEATURE).then(FROM
                + " AND ep.event_id = ? AND ep.ordinal = ?", Long.parseLong(m.group(1)), Integer.parseInt(m.group(2))));
    }
}
