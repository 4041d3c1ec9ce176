-- Derived state (issue 9): what the layers show, stored and kept current at ingestion, so that a
-- read looks up rows instead of re-deriving everything from all history.
--
-- Written by: tansiq_forget_article(a) before an article's events are deleted, and
-- tansiq_learn_articles(a[]) after their new events are stored (ingest.EventStore, in the articles'
-- transaction); tansiq_reference_areas_changed() after the disputed territories are recomputed
-- (layers.ReferenceAreas); place_mention by triggers on mention. Read by the layers in
-- org.tansiq.layers. Every table here can be rebuilt from event, event_place, mention and place:
-- tansiq_rebuild_derived() does it (run once at the end of this migration).

-- ------------------------------------------------------------------------------------------
-- Vocabulary shared by the functions and the layers' SQL
-- ------------------------------------------------------------------------------------------

-- Of one day's reports about a centre, the most advanced status wins; «not running» outranks the
-- plans it reports on.
CREATE FUNCTION tansiq_advance(status text) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE status WHEN 'opened' THEN 5 WHEN 'not_running' THEN 4 WHEN 'planned' THEN 3
                       WHEN 'agreed' THEN 2 WHEN 'proposed' THEN 1 ELSE 0 END
$$;

-- Places larger than a district: a governorate, a country, a region. A report naming one says
-- little about where.
CREATE FUNCTION tansiq_coarse(feature_code text) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(feature_code IN ('ADM1', 'PCLI', 'PCLD', 'PCLF', 'PCLS', 'RGN', 'RGNE', 'CONT', 'ZN'), false)
$$;

-- A source as every event feature gives it.
CREATE FUNCTION tansiq_source(e event, a article) RETURNS json LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT json_build_object('articleId', a.id, 'title', a.title, 'outlet', a.outlet,
                             'publishedAt', a.published_at, 'quote', e.quote, 'start', e.start_offset,
                             'end', e.end_offset)
$$;

-- ------------------------------------------------------------------------------------------
-- Events as points: event_place carries what the events layer filters and sorts on, so a page is
-- an index range, not a sort of every match.
-- ------------------------------------------------------------------------------------------
ALTER TABLE event_place
    ADD COLUMN kind       varchar(32),
    -- event.event_date, or -infinity when the event has none: newest first, undated last.
    ADD COLUMN sort_date  date,
    ADD COLUMN geom       geometry(Point, 4326);
UPDATE event_place ep SET kind = e.kind, sort_date = coalesce(e.event_date, '-infinity'::date), geom = p.geom
FROM event e, place p WHERE e.id = ep.event_id AND p.id = ep.place_id;
ALTER TABLE event_place ALTER COLUMN kind SET NOT NULL, ALTER COLUMN sort_date SET NOT NULL,
    ALTER COLUMN geom SET NOT NULL;
CREATE INDEX event_place_page_ix ON event_place (sort_date DESC, event_id DESC, ordinal DESC);
CREATE INDEX event_place_kind_page_ix ON event_place (kind, sort_date DESC, event_id DESC, ordinal DESC);
CREATE INDEX event_place_geom_gix ON event_place USING gist (geom);

-- Writers of derived state take turns, whichever instance they run in: clustering and timelines
-- read what other writers change. Held to the end of the writer's transaction.
CREATE FUNCTION tansiq_lock_derived() RETURNS void LANGUAGE sql AS $$
    SELECT pg_advisory_xact_lock(7361727371)
$$;

-- Work tables of a writer (temporary, one set per database session, emptied by the functions
-- that fill them). Kept across transactions on purpose: a table dropped at every commit would
-- make PL/pgSQL plan every statement that reads it again for every article.
CREATE FUNCTION tansiq_work_tables() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF to_regclass('pg_temp.tansiq_dirty') IS NULL THEN
        CREATE TEMP TABLE tansiq_groups (place_id bigint, grp text);
        CREATE TEMP TABLE tansiq_dirty (what text, key text, PRIMARY KEY (what, key));
        CREATE TEMP TABLE tansiq_mine (centre_id bigint, event_id bigint, day date, status varchar(16), actors text[], published_at date);
        CREATE TEMP TABLE tansiq_new_gaps (gap_id varchar(64), event_id bigint, places bigint[], day date, published_at date);
    END IF;
END
$$;

-- ------------------------------------------------------------------------------------------
-- Places mentioned: one row per place with its counts, kept by triggers on mention.
-- ------------------------------------------------------------------------------------------
CREATE TABLE place_mention (
    place_id        bigint PRIMARY KEY REFERENCES place (id),
    mentions        integer NOT NULL,
    articles        integer NOT NULL,
    confidence_sum  double precision NOT NULL,
    -- The spellings used (distinct; a place has a handful).
    surfaces        text[]  NOT NULL,
    geom            geometry(Point, 4326) NOT NULL
);
CREATE INDEX place_mention_geom_gix ON place_mention USING gist (geom);
-- A place's latest articles, read backwards from the index.
CREATE INDEX mention_place_article_ix ON mention (place_id, article_id);
DROP INDEX mention_place_ix;

CREATE FUNCTION tansiq_place_mentions(places bigint[]) RETURNS void LANGUAGE sql AS $$
    DELETE FROM place_mention pm WHERE pm.place_id = ANY (places)
        AND NOT EXISTS (SELECT 1 FROM mention m WHERE m.place_id = pm.place_id);
    INSERT INTO place_mention (place_id, mentions, articles, confidence_sum, surfaces, geom)
    SELECT m.place_id, count(*), count(DISTINCT m.article_id), sum(m.confidence::float8),
           array_agg(DISTINCT m.surface ORDER BY m.surface), p.geom
    FROM mention m JOIN place p ON p.id = m.place_id
    WHERE m.place_id = ANY (places)
    GROUP BY m.place_id, p.geom
    ORDER BY m.place_id
    ON CONFLICT (place_id) DO UPDATE SET mentions = excluded.mentions, articles = excluded.articles,
        confidence_sum = excluded.confidence_sum, surfaces = excluded.surfaces, geom = excluded.geom;
$$;

-- New mentions add to their places' counts (the common case: no rescan); deleted ones make the
-- places be counted again from their own mentions (an index range per place).
CREATE FUNCTION tansiq_mention_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO place_mention AS pm (place_id, mentions, articles, confidence_sum, surfaces, geom)
    SELECT n.place_id, count(*), count(DISTINCT n.article_id), sum(n.confidence::float8),
           array_agg(DISTINCT n.surface ORDER BY n.surface), p.geom
    FROM new_rows n JOIN place p ON p.id = n.place_id
    GROUP BY n.place_id, p.geom
    -- Rows locked in one order, so two writers sharing places wait for each other, never in a cycle.
    ORDER BY n.place_id
    ON CONFLICT (place_id) DO UPDATE SET
        mentions = pm.mentions + excluded.mentions,
        -- An article's mentions are inserted by one statement (ingest.MentionRows), so the
        -- articles of these rows are new to the place.
        articles = pm.articles + excluded.articles,
        confidence_sum = pm.confidence_sum + excluded.confidence_sum,
        surfaces = (SELECT array_agg(DISTINCT s ORDER BY s) FROM unnest(pm.surfaces || excluded.surfaces) s);
    RETURN NULL;
END
$$;
CREATE FUNCTION tansiq_mention_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM tansiq_place_mentions(ARRAY(SELECT DISTINCT place_id FROM old_rows WHERE place_id IS NOT NULL));
    RETURN NULL;
END
$$;
CREATE TRIGGER mention_inserted AFTER INSERT ON mention REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION tansiq_mention_inserted();
CREATE TRIGGER mention_deleted AFTER DELETE ON mention REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION tansiq_mention_deleted();
CREATE FUNCTION tansiq_mention_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM tansiq_place_mentions(ARRAY(SELECT place_id FROM old_rows WHERE place_id IS NOT NULL
                                        UNION SELECT place_id FROM new_rows WHERE place_id IS NOT NULL));
    RETURN NULL;
END
$$;
CREATE TRIGGER mention_updated AFTER UPDATE ON mention REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION tansiq_mention_updated();

-- ------------------------------------------------------------------------------------------
-- Coordination centres
--
-- The merge rule (unchanged from the read-time version): reports at places no larger than a
-- district are clustered within their governorate (single linkage, 25 km); a report naming only a
-- governorate joins the governorate's centre when there is exactly one, else stands alone at the
-- governorate's point. Clustering is over the distinct places reports name (bounded by the
-- gazetteer, not by history), and only a governorate that gains or loses a place is clustered
-- again.
-- ------------------------------------------------------------------------------------------
CREATE TABLE centre (
    id          bigserial PRIMARY KEY,
    -- The centre's point and its feature id: its most reported finer place (lowest id on a tie).
    place_id    bigint  NOT NULL,
    adm1_pcode  varchar(20),
    geom        geometry(Point, 4326) NOT NULL,
    -- Member places, sorted.
    places      bigint[] NOT NULL,
    -- Reports that name the centre (not the general ones), their first and last date.
    reports     integer NOT NULL DEFAULT 0,
    first_date  date,
    last_date   date,
    -- Actors of every report in its history, general ones included.
    parties     text[]  NOT NULL DEFAULT '{}',
    changed_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX centre_place_uk ON centre (place_id);
CREATE INDEX centre_geom_gix ON centre USING gist (geom);
CREATE INDEX centre_adm1_ix ON centre (adm1_pcode);

-- Every place a centre report names, how many (report, place) pairs name it, its centre.
CREATE TABLE centre_place (
    place_id    bigint  PRIMARY KEY REFERENCES place (id),
    adm1_pcode  varchar(20),
    coarse      boolean NOT NULL,
    reports     integer NOT NULL,
    centre_id   bigint
);
CREATE INDEX centre_place_adm1_ix ON centre_place (adm1_pcode);
CREATE INDEX centre_place_centre_ix ON centre_place (centre_id);

-- A centre's own reports.
CREATE TABLE centre_report (
    centre_id     bigint      NOT NULL REFERENCES centre (id) ON DELETE CASCADE,
    event_id      bigint      NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    day           date,
    status        varchar(16) NOT NULL,
    published_at  date,
    time_precision varchar(16),
    -- The report's source as the layers give it (tansiq_source): written once here, so that a
    -- page of centres reads its reports' sources without joining event and article per report.
    source        json        NOT NULL,
    PRIMARY KEY (centre_id, event_id)
);
CREATE INDEX centre_report_event_ix ON centre_report (event_id);
-- A centre's day, and its latest reports read backwards (the history's order).
CREATE INDEX centre_report_day_ix ON centre_report (centre_id, day, published_at, event_id);

-- Reports that name no place: about every centre, from that centre's first own report on.
CREATE TABLE centre_general (
    event_id      bigint      PRIMARY KEY REFERENCES event (id) ON DELETE CASCADE,
    day           date,
    status        varchar(16) NOT NULL,
    published_at  date,
    time_precision varchar(16),
    source        json        NOT NULL
);
CREATE INDEX centre_general_day_ix ON centre_general (day, published_at, event_id);

-- The status timeline: one row per day on which something that sets a centre's status was
-- reported, with that day's winner and the day its status was reached (the first day of the run
-- of days the same status won). The status as of T is the latest row on or before T.
CREATE TABLE centre_day (
    centre_id  bigint      NOT NULL REFERENCES centre (id) ON DELETE CASCADE,
    day        date        NOT NULL,
    status     varchar(16) NOT NULL,
    since      date        NOT NULL,
    event_id   bigint      NOT NULL,
    general    boolean     NOT NULL,
    PRIMARY KEY (centre_id, day)
);

-- The day's winning report for a centre: its own reports first, then the general ones (from its
-- first own report on); the most advanced status; the latest publication; the highest id.
CREATE FUNCTION tansiq_centre_set_day(c bigint, d date) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    w record;
    first_own date;
BEGIN
    SELECT r.event_id, r.status, false AS general INTO w FROM centre_report r
    WHERE r.centre_id = c AND r.day = d AND r.status <> 'unknown'
    ORDER BY tansiq_advance(r.status) DESC, r.published_at DESC NULLS LAST, r.event_id DESC LIMIT 1;
    IF NOT FOUND THEN
        SELECT min(day) INTO first_own FROM centre_report WHERE centre_id = c;
        IF first_own IS NOT NULL AND d >= first_own THEN
            SELECT g.event_id, g.status, true AS general INTO w FROM centre_general g
            WHERE g.day = d AND g.status <> 'unknown'
            ORDER BY tansiq_advance(g.status) DESC, g.published_at DESC NULLS LAST, g.event_id DESC LIMIT 1;
        END IF;
    END IF;
    IF w.event_id IS NULL THEN
        DELETE FROM centre_day WHERE centre_id = c AND day = d;
    ELSE
        INSERT INTO centre_day (centre_id, day, status, since, event_id, general)
        VALUES (c, d, w.status, d, w.event_id, w.general)
        ON CONFLICT (centre_id, day) DO UPDATE SET status = excluded.status, event_id = excluded.event_id,
            general = excluded.general;
    END IF;
END
$$;

-- Sets `since` on the rows from day d on, walking forward only while something changes: past the
-- last day touched (until), a row whose `since` is already right leaves every later one right.
CREATE FUNCTION tansiq_centre_fix_since(c bigint, d date, until date) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    prev_status text;
    prev_since date;
    r record;
    want date;
BEGIN
    SELECT status, since INTO prev_status, prev_since FROM centre_day
    WHERE centre_id = c AND day < d ORDER BY day DESC LIMIT 1;
    FOR r IN SELECT day, status, since FROM centre_day WHERE centre_id = c AND day >= d ORDER BY day LOOP
        want := CASE WHEN r.status = prev_status THEN prev_since ELSE r.day END;
        IF want = r.since AND r.day > until THEN
            EXIT;
        END IF;
        IF want <> r.since THEN
            UPDATE centre_day SET since = want WHERE centre_id = c AND day = r.day;
        END IF;
        prev_status := r.status;
        prev_since := want;
    END LOOP;
END
$$;

-- Sets the given days of a centre's timeline again, then `since` from the first of them.
CREATE FUNCTION tansiq_centre_days(c bigint, days date[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    d date;
BEGIN
    IF days IS NULL OR cardinality(days) = 0 THEN
        RETURN;
    END IF;
    FOREACH d IN ARRAY days LOOP
        PERFORM tansiq_centre_set_day(c, d);
    END LOOP;
    PERFORM tansiq_centre_fix_since(c, (SELECT min(x) FROM unnest(days) x), (SELECT max(x) FROM unnest(days) x));
END
$$;

-- The centre's point: its most reported finer place, else its most reported place.
CREATE FUNCTION tansiq_centre_point(c bigint) RETURNS void LANGUAGE sql AS $$
    UPDATE centre SET place_id = rp.place_id, geom = rp.geom, changed_at = now()
    FROM (SELECT cp.place_id, p.geom FROM centre_place cp JOIN place p ON p.id = cp.place_id
          WHERE cp.centre_id = c ORDER BY cp.coarse, cp.reports DESC, cp.place_id LIMIT 1) rp
    WHERE centre.id = c AND centre.place_id IS DISTINCT FROM rp.place_id;
$$;

-- Everything about one centre computed again from its places' reports: on creation, and when a
-- re-read article took reports away. Cost: the centre's own reports and days.
CREATE FUNCTION tansiq_centre_rebuild(c bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM centre_report WHERE centre_id = c;
    INSERT INTO centre_report (centre_id, event_id, day, status, published_at, time_precision, source)
    SELECT c, e.id, e.event_date, e.status, a.published_at, e.time_precision, tansiq_source(e, a)
    FROM event e JOIN article a ON a.id = e.article_id
    WHERE e.kind = 'coordination_centre' AND e.id IN (
        SELECT ep.event_id FROM centre x JOIN event_place ep ON ep.place_id = ANY (x.places)
        WHERE x.id = c AND ep.kind = 'coordination_centre');
    UPDATE centre x SET reports = s.reports, first_date = s.first_date, last_date = s.last_date,
        parties = coalesce((SELECT array_agg(DISTINCT actor ORDER BY actor) FROM (
                     SELECT unnest(e.actors) AS actor FROM centre_report r JOIN event e ON e.id = r.event_id
                     WHERE r.centre_id = c
                     UNION SELECT unnest(e.actors) FROM centre_general g JOIN event e ON e.id = g.event_id) ac), '{}'),
        changed_at = now()
    FROM (SELECT count(*) AS reports, min(day) AS first_date, max(day) AS last_date
          FROM centre_report WHERE centre_id = c) s
    WHERE x.id = c;
    PERFORM tansiq_centre_point(c);
    DELETE FROM centre_day WHERE centre_id = c;
    PERFORM tansiq_centre_days(c, ARRAY(
        SELECT DISTINCT day FROM centre_report WHERE centre_id = c AND day IS NOT NULL AND status <> 'unknown'
        UNION
        SELECT DISTINCT g.day FROM centre_general g
        WHERE g.day >= (SELECT first_date FROM centre WHERE id = c) AND g.status <> 'unknown'
        ORDER BY 1));
END
$$;

-- Clusters one governorate's centre places again and makes the centres match: a group of places
-- that is an existing centre, or an existing centre plus places new to it, keeps that centre;
-- any other group (a merge, a split) is a new centre built from its reports. Returns the ids of
-- the centres built anew (their reports are complete).
CREATE FUNCTION tansiq_centre_cluster(g varchar) RETURNS bigint[] LANGUAGE plpgsql AS $$
DECLARE
    grp record;
    olds bigint[];
    old_places bigint[];
    kept bigint[] := '{}';
    built bigint[] := '{}';
    c bigint;
BEGIN
    PERFORM tansiq_work_tables();
    DELETE FROM tansiq_groups;
    INSERT INTO tansiq_groups
    SELECT cp.place_id, 'c' || ST_ClusterDBSCAN(ST_Transform(p.geom, 32638), eps := 25000, minpoints := 1) OVER ()
    FROM centre_place cp JOIN place p ON p.id = cp.place_id
    WHERE cp.adm1_pcode IS NOT DISTINCT FROM g AND NOT cp.coarse;
    -- Governorate-wide reports join the governorate's one centre, or stand alone.
    INSERT INTO tansiq_groups
    SELECT cp.place_id, CASE WHEN g IS NOT NULL AND (SELECT count(DISTINCT t.grp) FROM tansiq_groups t) = 1
                             THEN (SELECT min(t.grp) FROM tansiq_groups t) ELSE 'p' || cp.place_id END
    FROM centre_place cp WHERE cp.adm1_pcode IS NOT DISTINCT FROM g AND cp.coarse;

    FOR grp IN SELECT t.grp, array_agg(t.place_id ORDER BY t.place_id) AS places,
                      array_agg(DISTINCT cp.centre_id) FILTER (WHERE cp.centre_id IS NOT NULL) AS olds
               FROM tansiq_groups t JOIN centre_place cp ON cp.place_id = t.place_id GROUP BY t.grp LOOP
        olds := coalesce(grp.olds, '{}');
        c := NULL;
        IF cardinality(olds) = 1 THEN
            SELECT places INTO old_places FROM centre WHERE id = olds[1];
            IF old_places <@ grp.places THEN
                c := olds[1];
                IF old_places <> grp.places THEN
                    UPDATE centre SET places = grp.places, changed_at = now() WHERE id = c;
                END IF;
                -- Places new to it, and a place that left and came back in one re-read.
                UPDATE centre_place SET centre_id = c
                WHERE place_id = ANY (grp.places) AND centre_id IS DISTINCT FROM c;
                kept := kept || c;
            END IF;
        END IF;
        IF c IS NULL THEN
            INSERT INTO centre (place_id, adm1_pcode, geom, places)
            SELECT -grp.places[1], g, p.geom, grp.places FROM place p WHERE p.id = grp.places[1]
            RETURNING id INTO c;
            UPDATE centre_place SET centre_id = c WHERE place_id = ANY (grp.places);
            built := built || c;
        END IF;
    END LOOP;
    -- Centres of the governorate no group kept: merged into or split between new ones.
    DELETE FROM centre x WHERE x.adm1_pcode IS NOT DISTINCT FROM g
        AND NOT (x.id = ANY (kept)) AND NOT (x.id = ANY (built));
    FOREACH c IN ARRAY built LOOP
        PERFORM tansiq_centre_rebuild(c);
    END LOOP;
    RETURN built;
END
$$;

-- Before an article's events are deleted: take its reports out of the counts and remember what
-- they touched (tansiq_dirty, read by tansiq_learn_article in the same transaction).
CREATE FUNCTION tansiq_forget_article(a bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM tansiq_lock_derived();
    PERFORM tansiq_work_tables();
    -- What an aborted transaction of this session may have left.
    DELETE FROM tansiq_dirty;
    -- Centres that lose reports are built again; governorates that lose a place are clustered again.
    INSERT INTO tansiq_dirty
    SELECT DISTINCT 'centre', r.centre_id::text FROM centre_report r JOIN event e ON e.id = r.event_id
    WHERE e.article_id = a ON CONFLICT DO NOTHING;
    WITH gone AS (
        SELECT ep.place_id, count(*) AS n FROM event e JOIN event_place ep ON ep.event_id = e.id
        WHERE e.article_id = a AND e.kind = 'coordination_centre' GROUP BY ep.place_id),
    counted AS (
        UPDATE centre_place cp SET reports = cp.reports - gone.n FROM gone
        WHERE cp.place_id = gone.place_id RETURNING cp.place_id, cp.adm1_pcode, cp.reports)
    INSERT INTO tansiq_dirty SELECT DISTINCT 'governorate', coalesce(adm1_pcode, '') FROM counted WHERE reports <= 0
    ON CONFLICT DO NOTHING;
    DELETE FROM centre_place WHERE reports <= 0;
    -- General reports: every centre's timeline on those days.
    INSERT INTO tansiq_dirty
    SELECT DISTINCT 'general-day', g.day::text FROM centre_general g JOIN event e ON e.id = g.event_id
    WHERE e.article_id = a AND g.day IS NOT NULL ON CONFLICT DO NOTHING;
    INSERT INTO tansiq_dirty
    SELECT 'general-parties', '' FROM centre_general g JOIN event e ON e.id = g.event_id
    WHERE e.article_id = a LIMIT 1 ON CONFLICT DO NOTHING;
    -- Gap areas lose reports.
    INSERT INTO tansiq_dirty
    SELECT DISTINCT 'gap', r.gap_id FROM gap_report r JOIN event e ON e.id = r.event_id
    WHERE e.article_id = a ON CONFLICT DO NOTHING;
END
$$;

-- ------------------------------------------------------------------------------------------
-- Security gaps: one area per COD-AB unit (or the disputed territories for reports naming no
-- finer place), its polygon clipped once when the area is first reported.
-- ------------------------------------------------------------------------------------------
CREATE TABLE gap_area (
    -- The unit's p-code, or 'disputed-territories'.
    id          varchar(64) PRIMARY KEY,
    unit_id     bigint,
    level       integer,
    name        text,
    name_en     text,
    geom        geometry(MultiPolygon, 4326),
    clipped     boolean NOT NULL DEFAULT false,
    reports     integer NOT NULL DEFAULT 0,
    first_date  date,
    last_date   date,
    changed_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX gap_area_geom_gix ON gap_area USING gist (geom);

CREATE TABLE gap_report (
    gap_id        varchar(64) NOT NULL REFERENCES gap_area (id) ON DELETE CASCADE,
    event_id      bigint      NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    -- The places of the report in this area.
    places        bigint[]    NOT NULL,
    day           date,
    published_at  date,
    -- As centre_report.source.
    source        json        NOT NULL,
    PRIMARY KEY (gap_id, event_id)
);
CREATE INDEX gap_report_event_ix ON gap_report (event_id);
CREATE INDEX gap_report_day_ix ON gap_report (gap_id, day, published_at, event_id);

-- The gap area's polygon: the unit clipped to the disputed territories when its interior meets
-- them, whole when outside; the disputed territories themselves for the general area.
CREATE FUNCTION tansiq_gap_geometry(gap varchar) RETURNS void LANGUAGE sql AS $$
    WITH disputed AS (
        SELECT ST_Multi(ST_CollectionExtract(ST_Union(area), 3)) AS area
        FROM reference_area WHERE layer = 'disputed-territories')
    UPDATE gap_area x SET
        geom = CASE WHEN d.area IS NULL THEN NULL
                    WHEN u.id IS NULL THEN d.area
                    WHEN ST_Relate(u.area, d.area, 'T********')
                        THEN ST_Multi(ST_CollectionExtract(ST_Intersection(u.area, d.area), 3))
                    ELSE u.area END,
        clipped = coalesce(u.id IS NOT NULL AND d.area IS NOT NULL AND ST_Relate(u.area, d.area, 'T********'), false),
        changed_at = now()
    FROM disputed d LEFT JOIN place u ON u.source = 'codab' AND u.source_id = gap AND u.area IS NOT NULL
    WHERE x.id = gap;
$$;

CREATE FUNCTION tansiq_gap_counts(gap varchar) RETURNS void LANGUAGE sql AS $$
    UPDATE gap_area x SET reports = s.n, first_date = s.first_date, last_date = s.last_date, changed_at = now()
    FROM (SELECT count(*) AS n, min(day) AS first_date, max(day) AS last_date FROM gap_report WHERE gap_id = gap) s
    WHERE x.id = gap;
    DELETE FROM gap_area WHERE id = gap AND reports = 0;
$$;

-- ------------------------------------------------------------------------------------------
-- After articles' events are stored: add their reports where they belong. One call for a batch
-- of articles does the work of one article: every statement below is a set operation over the
-- batch's events, so a governorate is clustered once and the general days touched once per
-- batch, not once per article (bulk ingestion stores 50 articles per call).
-- ------------------------------------------------------------------------------------------
CREATE FUNCTION tansiq_learn_articles(arts bigint[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    gov text;
    cid bigint;
    built bigint[] := '{}';
    rec record;
BEGIN
    PERFORM tansiq_lock_derived();
    PERFORM tansiq_work_tables();

    -- Centre reports at places: count them; a place new to the reports makes its governorate
    -- be clustered again.
    WITH added AS (
        SELECT ep.place_id, p.adm1_pcode, tansiq_coarse(p.feature_code) AS coarse, count(*) AS n
        FROM event e JOIN event_place ep ON ep.event_id = e.id JOIN place p ON p.id = ep.place_id
        WHERE e.article_id = ANY (arts) AND e.kind = 'coordination_centre'
        GROUP BY ep.place_id, p.adm1_pcode, p.feature_code),
    upserted AS (
        INSERT INTO centre_place AS cp (place_id, adm1_pcode, coarse, reports)
        SELECT place_id, adm1_pcode, coarse, n FROM added
        ON CONFLICT (place_id) DO UPDATE SET reports = cp.reports + excluded.reports
        RETURNING cp.adm1_pcode, cp.centre_id)
    INSERT INTO tansiq_dirty SELECT DISTINCT 'governorate', coalesce(adm1_pcode, '') FROM upserted
    WHERE centre_id IS NULL ON CONFLICT DO NOTHING;

    -- General reports.
    INSERT INTO centre_general (event_id, day, status, published_at, time_precision, source)
    SELECT e.id, e.event_date, e.status, ar.published_at, e.time_precision, tansiq_source(e, ar)
    FROM event e JOIN article ar ON ar.id = e.article_id
    WHERE e.article_id = ANY (arts) AND e.kind = 'coordination_centre'
      AND NOT EXISTS (SELECT 1 FROM event_place ep WHERE ep.event_id = e.id);
    INSERT INTO tansiq_dirty
    SELECT DISTINCT 'general-day', g.day::text FROM centre_general g JOIN event e ON e.id = g.event_id
    WHERE e.article_id = ANY (arts) AND g.day IS NOT NULL ON CONFLICT DO NOTHING;

    -- Clustering where places came or went; the centres it builds anew hold every report already.
    FOR gov IN SELECT key FROM tansiq_dirty WHERE what = 'governorate' LOOP
        built := built || tansiq_centre_cluster(nullif(gov, ''));
    END LOOP;
    DELETE FROM tansiq_dirty WHERE what = 'governorate';

    -- Centres that lost reports (a re-read article): built again.
    FOR cid IN SELECT key::bigint FROM tansiq_dirty WHERE what = 'centre' LOOP
        IF EXISTS (SELECT 1 FROM centre WHERE id = cid) AND NOT (cid = ANY (built)) THEN
            PERFORM tansiq_centre_rebuild(cid);
            built := built || cid;
        END IF;
    END LOOP;
    DELETE FROM tansiq_dirty WHERE what = 'centre';

    -- The article's reports join the other centres: counts, parties, point and the days they touch.
    DELETE FROM tansiq_mine;
    INSERT INTO tansiq_mine
    SELECT DISTINCT cp.centre_id, e.id, e.event_date, e.status, e.actors, ar.published_at
    FROM event e JOIN event_place ep ON ep.event_id = e.id
    JOIN centre_place cp ON cp.place_id = ep.place_id JOIN article ar ON ar.id = e.article_id
    WHERE e.article_id = ANY (arts) AND e.kind = 'coordination_centre' AND NOT (cp.centre_id = ANY (built));
    -- A centre built from scratch earlier in this transaction (tansiq_rebuild_derived) may hold them.
    DELETE FROM tansiq_mine m USING centre_report r WHERE r.centre_id = m.centre_id AND r.event_id = m.event_id;
    INSERT INTO centre_report (centre_id, event_id, day, status, published_at, time_precision, source)
    SELECT m.centre_id, m.event_id, m.day, m.status, m.published_at, e.time_precision, tansiq_source(e, ar)
    FROM tansiq_mine m JOIN event e ON e.id = m.event_id JOIN article ar ON ar.id = e.article_id;
    FOR rec IN
        SELECT m.centre_id, count(*) AS n, min(m.day) AS first_day, max(m.day) AS last_day,
               array_agg(DISTINCT m.day) FILTER (WHERE m.day IS NOT NULL AND m.status <> 'unknown') AS days,
               (SELECT array_agg(DISTINCT x) FROM tansiq_mine o, unnest(o.actors) x
                WHERE o.centre_id = m.centre_id) AS actors
        FROM tansiq_mine m GROUP BY m.centre_id
    LOOP
        DECLARE
            old_first date;
            extra date[] := '{}';
        BEGIN
            SELECT first_date INTO old_first FROM centre WHERE id = rec.centre_id;
            UPDATE centre SET reports = reports + rec.n,
                first_date = CASE WHEN first_date IS NULL OR rec.first_day < first_date THEN rec.first_day ELSE first_date END,
                last_date = CASE WHEN last_date IS NULL OR rec.last_day > last_date THEN rec.last_day ELSE last_date END,
                parties = (SELECT coalesce(array_agg(DISTINCT x ORDER BY x), '{}')
                           FROM unnest(parties || coalesce(rec.actors, '{}')) x),
                changed_at = now()
            WHERE id = rec.centre_id;
            -- Only the places this article counted can overtake the centre's point.
            UPDATE centre SET place_id = best.place_id, geom = best.geom
            FROM (SELECT cp.place_id, p.geom FROM centre_place cp JOIN place p ON p.id = cp.place_id
                  WHERE cp.centre_id = rec.centre_id
                    AND (cp.place_id = (SELECT place_id FROM centre WHERE id = rec.centre_id)
                         OR cp.place_id IN (SELECT ep.place_id FROM event e JOIN event_place ep ON ep.event_id = e.id
                                            WHERE e.article_id = ANY (arts) AND e.kind = 'coordination_centre'))
                  ORDER BY cp.coarse, cp.reports DESC, cp.place_id LIMIT 1) best
            WHERE centre.id = rec.centre_id AND centre.place_id <> best.place_id;
            -- An earlier first report lets the general reports before the old first one count.
            IF rec.first_day IS NOT NULL AND (old_first IS NULL OR rec.first_day < old_first) THEN
                extra := ARRAY(SELECT DISTINCT g.day FROM centre_general g WHERE g.day >= rec.first_day
                               AND (old_first IS NULL OR g.day < old_first) AND g.status <> 'unknown');
            END IF;
            PERFORM tansiq_centre_days(rec.centre_id,
                ARRAY(SELECT DISTINCT x FROM unnest(coalesce(rec.days, '{}') || extra) x ORDER BY x));
        END;
    END LOOP;

    -- General reports: every centre's timeline on their days, and every centre's parties.
    IF EXISTS (SELECT 1 FROM tansiq_dirty WHERE what = 'general-day') THEN
        FOR cid IN SELECT id FROM centre LOOP
            PERFORM tansiq_centre_days(cid, ARRAY(SELECT key::date FROM tansiq_dirty WHERE what = 'general-day'
                                                ORDER BY 1));
        END LOOP;
    END IF;
    IF EXISTS (SELECT 1 FROM tansiq_dirty WHERE what = 'general-parties') THEN
        -- A re-read took general reports away: every centre's parties counted again.
        UPDATE centre x SET parties = coalesce((SELECT array_agg(DISTINCT actor ORDER BY actor) FROM (
                SELECT unnest(e.actors) AS actor FROM centre_report cr JOIN event e ON e.id = cr.event_id
                WHERE cr.centre_id = x.id
                UNION SELECT unnest(e.actors) FROM centre_general cg JOIN event e ON e.id = cg.event_id) ac), '{}');
    ELSE
        UPDATE centre x SET parties = (SELECT array_agg(DISTINCT actor ORDER BY actor)
                                       FROM unnest(x.parties || ga.actors) actor)
        FROM (SELECT array_agg(actor) AS actors FROM event e, unnest(e.actors) actor
              WHERE e.article_id = ANY (arts) AND e.kind = 'coordination_centre'
                AND e.id IN (SELECT event_id FROM centre_general)) ga
        WHERE ga.actors IS NOT NULL AND NOT (x.parties @> ga.actors);
    END IF;
    DELETE FROM tansiq_dirty WHERE what IN ('general-day', 'general-parties');

    -- Security gaps: each report's places stand for their smallest unit; none (or only coarse
    -- places) for the disputed territories in general.
    DELETE FROM tansiq_new_gaps;
    INSERT INTO tansiq_new_gaps
    WITH gap AS (
        SELECT e.id AS event_id, ep.place_id,
               CASE p.feature_code WHEN 'ADM1' THEN p.adm1_pcode WHEN 'ADM2' THEN p.adm2_pcode
                    ELSE coalesce(p.adm3_pcode, p.adm2_pcode) END AS pcode
        FROM event e JOIN event_place ep ON ep.event_id = e.id JOIN place p ON p.id = ep.place_id
        WHERE e.article_id = ANY (arts) AND e.kind = 'security_gap' AND NOT tansiq_coarse(p.feature_code)
        UNION ALL
        SELECT e.id, NULL, NULL FROM event e
        WHERE e.article_id = ANY (arts) AND e.kind = 'security_gap' AND NOT EXISTS (
            SELECT 1 FROM event_place ep JOIN place p ON p.id = ep.place_id
            WHERE ep.event_id = e.id AND NOT tansiq_coarse(p.feature_code)))
    SELECT coalesce(g.pcode, 'disputed-territories'), g.event_id, array_remove(array_agg(g.place_id), NULL),
           e.event_date, ar.published_at
    FROM gap g JOIN event e ON e.id = g.event_id JOIN article ar ON ar.id = e.article_id
    LEFT JOIN place u ON u.source = 'codab' AND u.source_id = g.pcode AND u.area IS NOT NULL
    WHERE g.pcode IS NULL OR u.id IS NOT NULL
    GROUP BY 1, 2, 4, 5;
    FOR rec IN SELECT n.gap_id, count(*) AS n, min(n.day) AS first_day, max(n.day) AS last_day
             FROM tansiq_new_gaps n GROUP BY n.gap_id LOOP
        IF NOT EXISTS (SELECT 1 FROM gap_area WHERE id = rec.gap_id) THEN
            INSERT INTO gap_area (id, unit_id, level, name, name_en)
            SELECT rec.gap_id, u.id, substr(u.feature_code, 4)::int, u.name_ar, u.name_en
            FROM (SELECT 1) one LEFT JOIN place u ON u.source = 'codab' AND u.source_id = rec.gap_id AND u.area IS NOT NULL;
            PERFORM tansiq_gap_geometry(rec.gap_id);
        END IF;
        INSERT INTO gap_report (gap_id, event_id, places, day, published_at, source)
        SELECT n.gap_id, n.event_id, n.places, n.day, n.published_at, tansiq_source(e, ar)
        FROM tansiq_new_gaps n JOIN event e ON e.id = n.event_id JOIN article ar ON ar.id = e.article_id
        WHERE n.gap_id = rec.gap_id
        ON CONFLICT DO NOTHING;
        IF EXISTS (SELECT 1 FROM tansiq_dirty WHERE what = 'gap' AND key = rec.gap_id) THEN
            CONTINUE;
        END IF;
        UPDATE gap_area SET reports = reports + rec.n,
            first_date = CASE WHEN first_date IS NULL OR rec.first_day < first_date THEN rec.first_day ELSE first_date END,
            last_date = CASE WHEN last_date IS NULL OR rec.last_day > last_date THEN rec.last_day ELSE last_date END,
            changed_at = now()
        WHERE id = rec.gap_id;
    END LOOP;
    FOR gov IN SELECT key FROM tansiq_dirty WHERE what = 'gap' LOOP
        PERFORM tansiq_gap_counts(gov);
    END LOOP;
    DELETE FROM tansiq_dirty WHERE what = 'gap';
END
$$;

CREATE FUNCTION tansiq_learn_article(a bigint) RETURNS void LANGUAGE sql AS $$
    SELECT tansiq_learn_articles(ARRAY[a]);
$$;

-- ------------------------------------------------------------------------------------------
-- Uncovered areas: each tier minus discs around the centres open on a date. The geometry depends
-- only on which centres are open and on the radius, so it is stored once per (radius, set of open
-- centres): every date with the same open centres reads the same rows.
-- ------------------------------------------------------------------------------------------
CREATE TABLE uncovered_area (
    radius_km      double precision NOT NULL,
    -- md5 of the sorted place ids of the open centres ('' for none).
    open_key       char(32)    NOT NULL,
    tier           varchar(64) NOT NULL,
    position       integer     NOT NULL,
    geom           geometry(MultiPolygon, 4326) NOT NULL,
    area_km2       double precision NOT NULL,
    territory_km2  double precision NOT NULL,
    computed_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (radius_km, open_key, tier)
);

-- The open centres as of a date: one index look-up per centre.
CREATE FUNCTION tansiq_open_centres(asof date)
RETURNS TABLE (centre_id bigint, place_id bigint, since date, event_id bigint) LANGUAGE sql STABLE AS $$
    SELECT c.id, c.place_id, s.since, s.event_id FROM centre c
    CROSS JOIN LATERAL (SELECT d.status, d.since, d.event_id FROM centre_day d
                        WHERE d.centre_id = c.id AND d.day <= asof ORDER BY d.day DESC LIMIT 1) s
    WHERE s.status = 'opened'
$$;

-- The uncovered areas for a set of open centres at a radius, computed when first asked for.
CREATE FUNCTION tansiq_uncovered(radius double precision, open_places bigint[]) RETURNS char(32)
LANGUAGE plpgsql AS $$
DECLARE
    k char(32) := md5(coalesce(array_to_string(ARRAY(SELECT x FROM unnest(open_places) x ORDER BY x), ','), ''));
BEGIN
    IF NOT EXISTS (SELECT 1 FROM uncovered_area WHERE radius_km = radius AND open_key = k) THEN
        INSERT INTO uncovered_area (radius_km, open_key, tier, position, geom, area_km2, territory_km2)
        WITH cover AS (
            SELECT ST_Union(ST_Buffer(p.geom::geography, radius * 1000)::geometry) AS area
            FROM place p WHERE p.id = ANY (open_places)),
        diff AS (
            SELECT t.feature, t.position, t.area_km2,
                   CASE WHEN cover.area IS NULL THEN t.area
                        ELSE ST_Multi(ST_CollectionExtract(ST_Difference(t.area, cover.area), 3)) END AS geom
            FROM reference_area t CROSS JOIN cover WHERE t.layer = 'disputed-territories')
        SELECT radius, k, feature, position, geom, ST_Area(geom::geography) / 1e6, area_km2 FROM diff
        ON CONFLICT DO NOTHING;
    END IF;
    RETURN k;
END
$$;

CREATE FUNCTION tansiq_reference_areas_changed() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    gap text;
BEGIN
    DELETE FROM uncovered_area;
    FOR gap IN SELECT id FROM gap_area LOOP
        PERFORM tansiq_gap_geometry(gap);
    END LOOP;
END
$$;

-- Everything derived, from scratch: after this migration, and whenever it is asked for.
CREATE FUNCTION tansiq_rebuild_derived() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    a bigint;
BEGIN
    TRUNCATE centre_day, centre_report, centre_general, centre, centre_place, gap_report, gap_area, uncovered_area;
    FOR a IN SELECT DISTINCT article_id FROM event ORDER BY 1 LOOP
        PERFORM tansiq_learn_article(a);
    END LOOP;
    -- Centres built while later articles' reports were not yet counted at their places.
    PERFORM tansiq_centre_point(id) FROM centre;
    TRUNCATE place_mention;
    PERFORM tansiq_place_mentions(ARRAY(SELECT DISTINCT place_id FROM mention WHERE place_id IS NOT NULL));
END
$$;

SELECT tansiq_rebuild_derived();
