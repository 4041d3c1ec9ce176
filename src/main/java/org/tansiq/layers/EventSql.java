package org.tansiq.layers;

/**
 * SQL the event layers share: what a source looks like, which places are too large to stand for a
 * centre or a gap, and the merge of coordination-centre reports into centres.
 */
final class EventSql {

    /**
     * Feature codes of places larger than a district: a governorate (ADM1), a country (PCLI...), a
     * region such as the Kurdistan Region (RGN). A report naming one says little about where.
     */
    static final String COARSE_CODES = "('ADM1', 'PCLI', 'PCLD', 'PCLF', 'PCLS', 'RGN', 'RGNE', 'CONT', 'ZN')";

    /**
     * How close two reported centre places in the same governorate must be to be one centre: the
     * K1 base is some 15 km from Kirkuk city, and two centres of one governorate are towns apart.
     */
    static final double SAME_CENTRE_KM = 25;

    /**
     * UTM zone 38N: metres over Iraq (it spans zones 37-39; the distortion at the edges is a few
     * tenths of a percent, nothing beside {@link #SAME_CENTRE_KM}).
     */
    static final int METRIC_SRID = 32638;

    private EventSql() {
    }

    /**
     * A source as every event feature gives it: {@code {articleId, title, outlet, publishedAt,
     * quote, start, end}}, from an event row {@code e} and its article {@code a}.
     */
    static String source(String e, String a) {
        return ("json_build_object('articleId', %2$s.id, 'title', %2$s.title, 'outlet', %2$s.outlet,"
                + " 'publishedAt', %2$s.published_at, 'quote', %1$s.quote, 'start', %1$s.start_offset,"
                + " 'end', %1$s.end_offset)").formatted(e, a);
    }

    /**
     * Reports of one day about one centre often disagree: an article that says the centre opened
     * also recounts the plan and the agreement before it, all dated by its publication. The most
     * advanced status that day wins; «not running» outranks the plans it reports on.
     */
    static final String ADVANCE = """
            CASE x.status WHEN 'opened' THEN 5 WHEN 'not_running' THEN 4 WHEN 'planned' THEN 3
                          WHEN 'agreed' THEN 2 WHEN 'proposed' THEN 1 ELSE 0 END""";

    /**
     * The coordination centres, one row each, with their status as of a date: columns {@code id}
     * (the place that stands for the centre), {@code status}, {@code status_date}, {@code
     * status_source}, {@code history}, {@code sources}, {@code parties}, {@code places}, {@code
     * reports}, {@code first_date}, {@code last_date}; its arguments are
     * {@link #centresArgs}.
     *
     * <p>Merging, the rule: every (report, place) pair of a centre event is placed; places no
     * larger than a district are clustered within their governorate (single linkage, {@link
     * #SAME_CENTRE_KM}), so «K1» and «Kirkuk» make one centre and Makhmour and Erbil two. A report
     * naming only a governorate joins the governorate's centre when the finer reports give it
     * exactly one, else it is a centre of its own at the governorate's point. The centre's point is
     * its most reported finer place (the lowest place id on a tie). A report with no date is in
     * the history but sets no status; reports of status {@code unknown} set none either.
     *
     * <p>A report that names no place («the joint coordination centres between Baghdad and Erbil
     * were agreed») is about every centre: it is in each one's history with {@code general: true},
     * and sets the status of a centre from the first report that names it on (the 2020 agreement
     * moves Kirkuk, proposed in 2017, on; it does not make a Makhmour centre first named in 2021
     * exist in 2020). Of one day's reports, those that name the centre outrank the general ones
     * («the centres opened» does not open Makhmour, whose rooms the same article says are
     * planned), then the most advanced status wins ({@link #ADVANCE}). {@code status_date} is the
     * day the status was reached: the first day of the last run of days won by it (Khanaqin,
     * opened on 19 May 2021, is still «opened since 19 May» after the background of 24 May).
     */
    static final String CENTRES = """
            WITH report AS (
                SELECT e.id AS event_id, ep.place_id, p.geom, p.adm1_pcode,
                       coalesce(p.feature_code IN %1$s, false) AS coarse
                FROM event e JOIN event_place ep ON ep.event_id = e.id JOIN place p ON p.id = ep.place_id
                WHERE e.kind = 'coordination_centre'),
            fine AS (
                SELECT r.event_id, r.place_id, r.adm1_pcode, false AS coarse,
                       'c' || coalesce(r.adm1_pcode, '-') || '/' || ST_ClusterDBSCAN(ST_Transform(r.geom, %2$d),
                           eps := ?, minpoints := 1) OVER (PARTITION BY r.adm1_pcode) AS centre
                FROM report r WHERE NOT r.coarse),
            lone AS (
                SELECT adm1_pcode, min(centre) AS centre FROM fine WHERE adm1_pcode IS NOT NULL
                GROUP BY adm1_pcode HAVING count(DISTINCT centre) = 1),
            membership AS (
                SELECT event_id, place_id, coarse, centre FROM fine
                UNION ALL
                SELECT r.event_id, r.place_id, true, coalesce(l.centre, 'p' || r.place_id)
                FROM report r LEFT JOIN lone l ON l.adm1_pcode = r.adm1_pcode WHERE r.coarse),
            rep AS (
                SELECT DISTINCT ON (centre) centre, place_id FROM membership
                GROUP BY centre, place_id, coarse ORDER BY centre, coarse, count(*) DESC, place_id),
            entry AS (
                SELECT m.centre, e.id, e.status, e.event_date, e.time_precision, e.actors, e.quote, e.start_offset,
                       e.end_offset, a.id AS article_id, a.published_at, false AS general,
                       %3$s AS source
                FROM (SELECT DISTINCT centre, event_id FROM membership) m
                JOIN event e ON e.id = m.event_id JOIN article a ON a.id = e.article_id
                UNION ALL
                SELECT c.centre, e.id, e.status, e.event_date, e.time_precision, e.actors, e.quote, e.start_offset,
                       e.end_offset, a.id, a.published_at, true,
                       %3$s
                FROM (SELECT DISTINCT centre FROM membership) c
                CROSS JOIN event e JOIN article a ON a.id = e.article_id
                WHERE e.kind = 'coordination_centre'
                  AND NOT EXISTS (SELECT 1 FROM event_place ep WHERE ep.event_id = e.id)),
            firsts AS (
                SELECT centre, min(event_date) AS first_specific FROM entry WHERE NOT general GROUP BY centre),
            scored AS (
                SELECT x.*, x.status <> 'unknown' AND x.event_date <= ?
                            AND (NOT x.general OR x.event_date >= f.first_specific) AS counts,
                       %4$s AS advance
                FROM entry x LEFT JOIN firsts f ON f.centre = x.centre),
            day AS (
                SELECT DISTINCT ON (centre, event_date) centre, event_date, status FROM scored WHERE counts
                ORDER BY centre, event_date, general, advance DESC, published_at DESC NULLS LAST, id DESC),
            latest AS (
                SELECT DISTINCT ON (centre) centre, status FROM day ORDER BY centre, event_date DESC),
            since AS (
                SELECT l.centre, min(d.event_date) AS since
                FROM latest l JOIN day d ON d.centre = l.centre AND d.status = l.status
                WHERE d.event_date > coalesce((SELECT max(o.event_date) FROM day o
                                               WHERE o.centre = l.centre AND o.status <> l.status), '-infinity')
                GROUP BY l.centre)
            SELECT rp.place_id AS id,
                   (array_agg(x.status ORDER BY x.event_date DESC, x.general, x.advance DESC, x.published_at DESC NULLS LAST,
                              x.id DESC) FILTER (WHERE x.counts))[1] AS status,
                   (SELECT since FROM since sc WHERE sc.centre = rp.centre) AS status_date,
                   (array_agg(x.source::text ORDER BY x.event_date DESC, x.general, x.advance DESC,
                              x.published_at DESC NULLS LAST, x.id DESC) FILTER (WHERE x.counts))[1]::json
                       AS status_source,
                   json_agg(json_build_object('date', x.event_date, 'timePrecision', x.time_precision,
                                              'status', x.status, 'general', x.general, 'source', x.source)
                            ORDER BY x.event_date NULLS LAST, x.published_at NULLS LAST, x.id) AS history,
                   json_agg(x.source ORDER BY x.event_date NULLS LAST, x.published_at NULLS LAST, x.id) AS sources,
                   (SELECT coalesce(array_agg(DISTINCT actor ORDER BY actor), '{}')
                    FROM entry y, unnest(y.actors) actor WHERE y.centre = rp.centre) AS parties,
                   (SELECT json_agg(json_build_object('placeId', q.id, 'name', coalesce(q.name_ar, q.name),
                                                      'nameEn', q.name_en) ORDER BY q.id)
                    FROM place q WHERE q.id IN (SELECT place_id FROM membership mm WHERE mm.centre = rp.centre))
                       AS places,
                   count(*) FILTER (WHERE NOT x.general) AS reports,
                   min(x.event_date) FILTER (WHERE NOT x.general) AS first_date,
                   max(x.event_date) FILTER (WHERE NOT x.general) AS last_date
            FROM rep rp JOIN scored x ON x.centre = rp.centre
            GROUP BY rp.centre, rp.place_id
            """.formatted(COARSE_CODES, METRIC_SRID, source("e", "a"), ADVANCE);



    /** The arguments {@link #CENTRES} takes, in order. */
    static java.util.List<Object> centresArgs(java.time.LocalDate asOf) {
        return java.util.List.of(SAME_CENTRE_KM * 1000, java.sql.Date.valueOf(asOf));
    }
}
