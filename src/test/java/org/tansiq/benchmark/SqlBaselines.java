package org.tansiq.benchmark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What plain SQL over the stored tables does for the same page as a layer endpoint: the baseline
 * a layer is measured against, over JDBC in the same run. Keyed by probe ({@code <layer>/<page>},
 * the names {@link LayersBenchmark} gives its HTTP probes); a probe without an entry reports
 * "n/a".
 *
 * <p>To add one (centres, gaps, uncovered areas once their derived tables exist), put a
 * {@link Baseline} under the probe's key in {@link #BASELINES}: SQL returning one row whose first
 * column is the page's features as a JSON array, with {@code ?} for the page size last. A deep
 * page takes its keyset cursor first: {@code cursorSql} is given the number of rows before the
 * page and returns the key columns of the row just before it, bound in that order.
 */
final class SqlBaselines {

    /** One baseline query; {@code cursorSql} is null for a first page. */
    record Baseline(String what, String sql, String cursorSql) {
    }

    static final int FIRST = 100;
    static final int BBOX_LIMIT = 1000;

    /** The event feature exactly as {@code layers.EventsLayer} writes it. */
    private static final String EVENT_FEATURE = """
            json_build_object(
                'type', 'Feature', 'id', e.id || '-' || ep.ordinal,
                'geometry', ST_AsGeoJSON(p.geom, 6)::json,
                'properties', json_build_object(
                    'eventId', e.id, 'kind', e.kind, 'status', e.status, 'date', e.event_date,
                    'timePrecision', e.time_precision, 'actors', e.actors,
                    'placeId', p.id, 'name', coalesce(p.name_ar, p.name), 'nameEn', p.name_en,
                    'mentionStart', ep.mention_start, 'mentionEnd', ep.mention_end,
                    'source', %1$s, 'sources', json_build_array(%1$s)))
            """.formatted("json_build_object('articleId', a.id, 'title', a.title, 'outlet', a.outlet,"
            + " 'publishedAt', a.published_at, 'quote', e.quote, 'start', e.start_offset, 'end', e.end_offset)");

    /** Event points newest first, the layer's order, read from its index: LIMIT reads only the page. */
    private static String events(String where) {
        return "SELECT coalesce(json_agg(f.feature ORDER BY f.n), '[]')::text FROM ("
                + "SELECT row_number() OVER () AS n, " + EVENT_FEATURE + " AS feature FROM (SELECT ep.* FROM event_place ep"
                + " WHERE true" + where + " ORDER BY ep.sort_date DESC, ep.event_id DESC, ep.ordinal DESC LIMIT ?) ep"
                + " JOIN event e ON e.id = ep.event_id JOIN place p ON p.id = ep.place_id"
                + " JOIN article a ON a.id = e.article_id) f";
    }

    /** A coordination centre with its status as of the corpus's middle date, no history: a lower bound. */
    private static final String CENTRES = """
            SELECT coalesce(json_agg(f.feature ORDER BY f.place_id), '[]')::text FROM (
                SELECT c.place_id, json_build_object('type', 'Feature', 'id', c.place_id,
                    'geometry', ST_AsGeoJSON(c.geom, 6)::json,
                    'properties', json_build_object('status', s.status, 'statusDate', s.since, 'reports', c.reports,
                                                    'parties', c.parties)) AS feature
                FROM centre c LEFT JOIN LATERAL (SELECT d.status, d.since FROM centre_day d
                    WHERE d.centre_id = c.id AND d.day <= (SELECT min(day) + (max(day) - min(day)) / 2 FROM centre_day)
                    ORDER BY d.day DESC LIMIT 1) s ON true
                ORDER BY c.place_id LIMIT ?) f
            """;

    private static final String GAPS = """
            SELECT coalesce(json_agg(f.feature ORDER BY f.id), '[]')::text FROM (
                SELECT g.id, json_build_object('type', 'Feature', 'id', g.id,
                    'geometry', ST_AsGeoJSON(g.geom, 6)::json,
                    'properties', json_build_object('name', g.name, 'reports', g.reports,
                                                    'firstReport', g.first_date, 'lastReport', g.last_date)) AS feature
                FROM gap_area g WHERE g.geom IS NOT NULL ORDER BY g.id LIMIT ?) f
            """;

    /** The stored uncovered areas of the default radius, any set of open centres: what a cached read costs. */
    private static final String UNCOVERED = """
            SELECT coalesce(json_agg(f.feature ORDER BY f.position), '[]')::text FROM (
                SELECT u.position, json_build_object('type', 'Feature', 'id', u.tier,
                    'geometry', ST_AsGeoJSON(u.geom, 6)::json,
                    'properties', json_build_object('areaKm2', round(u.area_km2::numeric))) AS feature
                FROM uncovered_area u
                WHERE u.radius_km = 30 AND u.open_key = (SELECT open_key FROM uncovered_area WHERE radius_km = 30
                                                         ORDER BY computed_at DESC LIMIT 1)
                ORDER BY u.position LIMIT ?) f
            """;

    /**
     * Mentioned places in id order: a loose index scan (recursive CTE over mention_place_ix) finds
     * the next mentioned place without reading every mention, then each place's figures come from
     * its own mentions. The layer orders by mentions, which needs every place's count first; this
     * is the cheapest page of the same features plain SQL can give.
     */
    private static String places(String after) {
        return """
                WITH RECURSIVE ids(id) AS (
                    (SELECT m.place_id FROM mention m WHERE m.place_id > %s ORDER BY m.place_id LIMIT 1)
                    UNION ALL
                    SELECT (SELECT m.place_id FROM mention m WHERE m.place_id > ids.id ORDER BY m.place_id LIMIT 1)
                    FROM ids WHERE ids.id IS NOT NULL)
                SELECT coalesce(json_agg(f.feature ORDER BY f.id), '[]')::text FROM (
                    SELECT p.id, json_build_object(
                        'type', 'Feature', 'id', p.id,
                        'geometry', ST_AsGeoJSON(p.geom, 6)::json,
                        'properties', json_build_object(
                            'name', coalesce(p.name_ar, p.name), 'nameEn', p.name_en,
                            'mentions', c.mentions, 'articles', c.articles, 'surfaces', c.surfaces,
                            'confidence', c.confidence,
                            'featureClass', p.feature_class, 'featureCode', p.feature_code,
                            'countryCode', p.country_code, 'population', p.population,
                            'source', p.source, 'sourceId', p.source_id,
                            'geonamesId', CASE WHEN p.source = 'geonames' THEN p.source_id::bigint END)) AS feature
                    FROM (SELECT id FROM ids WHERE id IS NOT NULL LIMIT ?) i
                    JOIN place p ON p.id = i.id
                    CROSS JOIN LATERAL (
                        SELECT count(*) AS mentions,
                               array_agg(DISTINCT m.article_id ORDER BY m.article_id) AS articles,
                               array_agg(DISTINCT m.surface ORDER BY m.surface) AS surfaces,
                               round(avg(m.confidence)::numeric, 3) AS confidence
                        FROM mention m WHERE m.place_id = p.id) c) f
                """.formatted(after);
    }

    static final Map<String, Baseline> BASELINES = baselines();

    private static Map<String, Baseline> baselines() {
        Map<String, Baseline> m = new LinkedHashMap<>();
        m.put("events/first", new Baseline("event points by event_place primary key, LIMIT", events(""), null));
        m.put("events/bbox", new Baseline("the same with ST_Intersects(place.geom, envelope)",
                events(" AND ST_Intersects(ep.geom, ST_MakeEnvelope(44, 35, 45, 36, 4326))"), null));
        m.put("events/deep", new Baseline("the same after a keyset cursor (sort_date, event_id, ordinal)",
                events(" AND (ep.sort_date, ep.event_id, ep.ordinal) < (?, ?, ?)"),
                "SELECT sort_date, event_id, ordinal FROM event_place"
                        + " ORDER BY sort_date DESC, event_id DESC, ordinal DESC OFFSET ? - 1 LIMIT 1"));
        m.put("coordination-centres/first", new Baseline("centres by place id with the status look-up, no history",
                CENTRES, null));
        m.put("security-gaps/first", new Baseline("gap areas by id, counts only", GAPS, null));
        m.put("uncovered-areas/first", new Baseline("stored uncovered areas, default radius", UNCOVERED, null));
        m.put("places/first", new Baseline("mentioned places in id order (loose index scan over mention), LIMIT",
                places("0"), null));
        m.put("places/deep", new Baseline("the same after a keyset cursor (place id)", places("?"),
                "SELECT place_id FROM (SELECT DISTINCT place_id FROM mention WHERE place_id IS NOT NULL) d"
                        + " ORDER BY place_id OFFSET ? - 1 LIMIT 1"));
        return m;
    }

    private SqlBaselines() {
    }

    static List<String> probes() {
        return List.copyOf(BASELINES.keySet());
    }
}
