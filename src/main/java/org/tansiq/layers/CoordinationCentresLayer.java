package org.tansiq.layers;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Coordination centres: the reports of all articles merged into one point per real centre, with
 * its status as of a date and its latest history. The merging and the status timeline are kept at
 * ingestion ({@code centre}, {@code centre_day}: V6__derived_state.sql states the rule); the status
 * as of a date is the latest timeline row on or before it, one index look-up per centre.
 */
@ApplicationScoped
public class CoordinationCentresLayer implements TiledLayer {

    public static final String ID = "coordination-centres";

    /**
     * How close two reported centre places in the same governorate must be to be one centre (the
     * K1 base is some 11 km from Kirkuk city); the same figure is in tansiq_centre_cluster.
     */
    public static final double SAME_CENTRE_KM = 25;

    private static final String FEATURE = """
            json_build_object(
                'type', 'Feature', 'id', c.place_id,
                'geometry', ST_AsGeoJSON(c.geom, 6)::json,
                'properties', json_build_object(
                    'name', coalesce(p.name_ar, p.name), 'nameEn', p.name_en, 'placeId', p.id,
                    'asOf', ?::date, 'status', s.status, 'statusDate', s.since,
                    'statusHistory', coalesce(h.history, '[]'), 'parties', c.parties,
                    'places', coalesce(pl.places, '[]'), 'placeCount', cardinality(c.places),
                    'reports', c.reports, 'firstReport', c.first_date, 'lastReport', c.last_date,
                    'sources', coalesce(h.sources, '[]')))
            """;
    /**
     * The centre, its status as of the date, its latest reports (its own and the general ones,
     * each read backwards from its index, with the source stored beside each at ingestion) and its
     * places.
     */
    private static final String FROM = """
             FROM centre c JOIN place p ON p.id = c.place_id
            LEFT JOIN LATERAL (SELECT d.status, d.since FROM centre_day d
                               WHERE d.centre_id = c.id AND d.day <= ? ORDER BY d.day DESC LIMIT 1) s ON true
            LEFT JOIN LATERAL (
                SELECT json_agg(json_build_object('date', x.day, 'timePrecision', x.time_precision,
                                                  'status', x.status, 'general', x.general, 'source', x.source)
                                ORDER BY x.day NULLS LAST, x.published_at NULLS LAST, x.event_id) AS history,
                       json_agg(x.source ORDER BY x.day NULLS LAST, x.published_at NULLS LAST, x.event_id) AS sources
                FROM ((SELECT r.event_id, r.day, r.status, r.published_at, false AS general, r.time_precision, r.source
                       FROM centre_report r WHERE r.centre_id = c.id
                       ORDER BY r.day DESC NULLS FIRST, r.published_at DESC NULLS FIRST, r.event_id DESC LIMIT ?)
                      UNION ALL
                      (SELECT g.event_id, g.day, g.status, g.published_at, true, g.time_precision, g.source
                       FROM centre_general g
                       ORDER BY g.day DESC NULLS FIRST, g.published_at DESC NULLS FIRST, g.event_id DESC LIMIT ?)
                      ORDER BY 2 DESC NULLS FIRST, 4 DESC NULLS FIRST, 1 DESC LIMIT ?) x) h ON true
            LEFT JOIN LATERAL (
                SELECT json_agg(json_build_object('placeId', q.id, 'name', coalesce(q.name_ar, q.name),
                                                  'nameEn', q.name_en) ORDER BY q.id) AS places
                FROM place q WHERE q.id = ANY (c.places[1:?])) pl ON true
            WHERE true""";
    private static final Keyset ORDER = new Keyset("json_build_array(c.place_id)", "c.place_id",
            "c.place_id > ?::bigint");

    private final AgroalDataSource dataSource;

    CoordinationCentresLayer(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LayerDescription description() {
        return new LayerDescription(4, "Coordination centres",
                "Joint coordination centres and operations rooms the stored articles report, one point per"
                        + " centre however many articles report it (reports at places no larger than a district"
                        + " merge within a governorate when within " + (int) CoordinationCentresLayer.SAME_CENTRE_KM + " km; a"
                        + " report naming only a governorate joins that governorate's one centre). `status` is"
                        + " the latest reported status on or before `datetime` (ISO date or date-time, default"
                        + " today), null when nothing was reported by then; `statusHistory` lists every report"
                        + " by date with its source.",
                "Point", LayerCatalogue.EVENTS_ATTRIBUTION);
    }

    @Override
    public Set<Option> options() {
        return Set.of(Option.DATETIME, Option.STATUS);
    }

    @Override
    public FeaturePage items(LayerQuery query) {
        LocalDate asOf = query.asOfOrToday();
        Sql filters = statusFilter(query).then(FeatureQueries.bboxFilter("c.geom", query.bbox()));
        Sql counted = Sql.of(" FROM centre c LEFT JOIN LATERAL (SELECT d.status FROM centre_day d"
                + " WHERE d.centre_id = c.id AND d.day <= ? ORDER BY d.day DESC LIMIT 1) s ON true WHERE true",
                Date.valueOf(asOf)).then(filters);
        return FeatureQueries.page(dataSource, feature(asOf), from(asOf).then(filters), counted, ORDER, query,
                FeatureQueries.Count.EXACT);
    }

    @Override
    public Sql tileFeatures(LayerQuery query) {
        return Sql.of("""
                SELECT c.place_id AS fid, c.place_id AS id,
                       ST_AsMVTGeom(ST_Transform(c.geom, 3857), env.e, 4096, 64, true) AS geom,
                       coalesce(p.name_ar, p.name) AS name, p.name_en AS "nameEn", s.status,
                       s.since::text AS "statusDate", c.reports, c.last_date::text AS "lastReport"
                FROM centre c JOIN place p ON p.id = c.place_id CROSS JOIN env
                LEFT JOIN LATERAL (SELECT d.status, d.since FROM centre_day d
                                   WHERE d.centre_id = c.id AND d.day <= ? ORDER BY d.day DESC LIMIT 1) s ON true
                WHERE c.geom && env.m""", Date.valueOf(query.asOfOrToday())).then(statusFilter(query));
    }

    @Override
    public String tileParams(LayerQuery query) {
        return "datetime=" + query.asOfOrToday() + (query.status() == null ? "" : "&status=" + query.status().json());
    }

    private static Sql statusFilter(LayerQuery query) {
        return query.status() == null ? Sql.EMPTY : Sql.of(" AND s.status = ?", query.status().json());
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
        LocalDate asOf = query.asOfOrToday();
        return FeatureQueries.one(dataSource, Sql.format("SELECT (%s)::text", feature(asOf)).then(from(asOf))
                .then(" AND c.place_id = ?", placeId));
    }

    private static Sql feature(LocalDate asOf) {
        return Sql.of(FEATURE, Date.valueOf(asOf));
    }

    private static Sql from(LocalDate asOf) {
        int cap = FeatureQueries.LIST_CAP;
        return Sql.of(FROM, Date.valueOf(asOf), cap, cap, cap, cap);
    }
}
