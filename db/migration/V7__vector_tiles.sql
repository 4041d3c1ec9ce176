-- Vector tiles (issue 9): per-place event counts for the events layer's tiles, and a tile cache
-- that ingestion invalidates where it writes.
--
-- ingest.EventStore calls tansiq_before_events_replaced(a) before it deletes an article's events
-- and tansiq_after_events_replaced(a) after it stores the new ones (same transaction).

-- ------------------------------------------------------------------------------------------
-- Events by place and kind: what an events tile draws (one point per place, however many events),
-- so a tile of the whole country reads places, not a million events.
-- ------------------------------------------------------------------------------------------
CREATE TABLE place_event (
    place_id   bigint      NOT NULL REFERENCES place (id),
    kind       varchar(32) NOT NULL,
    events     integer     NOT NULL,
    -- The latest event date (-infinity when none is dated).
    last_date  date        NOT NULL,
    geom       geometry(Point, 4326) NOT NULL,
    PRIMARY KEY (place_id, kind)
);
CREATE INDEX place_event_geom_gix ON place_event USING gist (geom);

CREATE FUNCTION tansiq_place_events_count(places bigint[]) RETURNS void LANGUAGE sql AS $$
    DELETE FROM place_event WHERE place_id = ANY (places);
    INSERT INTO place_event (place_id, kind, events, last_date, geom)
    SELECT ep.place_id, ep.kind, count(*), max(ep.sort_date), (array_agg(ep.geom))[1]
    FROM event_place ep WHERE ep.place_id = ANY (places) GROUP BY ep.place_id, ep.kind;
$$;

-- ------------------------------------------------------------------------------------------
-- The tile cache: one row per (layer, tile, query); shared by every app instance, dropped where
-- an ingest writes (events and places: the tiles over the places it touched, at every zoom;
-- centres and gaps, whose features move or merge: the layer's tiles). A cache, so unlogged.
-- ------------------------------------------------------------------------------------------
CREATE UNLOGGED TABLE tile_cache (
    layer       varchar(64) NOT NULL,
    z           integer     NOT NULL,
    x           integer     NOT NULL,
    y           integer     NOT NULL,
    -- The query's filters, canonical (e.g. 'kind=attack').
    params      text        NOT NULL,
    etag        char(32)    NOT NULL,
    mvt         bytea       NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (layer, z, x, y, params)
);

-- Bumped whenever a layer's cached tiles are dropped: a tile computed while an ingest committed
-- is stored only if the generation it was computed under is still current.
CREATE TABLE tile_generation (
    layer       varchar(64) PRIMARY KEY,
    generation  bigint NOT NULL DEFAULT 0
);
INSERT INTO tile_generation (layer) VALUES ('events'), ('places'), ('coordination-centres'), ('security-gaps');

CREATE FUNCTION tansiq_tiles_drop(lyr text) RETURNS void LANGUAGE sql AS $$
    UPDATE tile_generation SET generation = generation + 1 WHERE layer = lyr;
    DELETE FROM tile_cache WHERE layer = lyr;
$$;

-- The deepest zoom the API serves; tiles over a point are dropped at every zoom up to it.
CREATE FUNCTION tansiq_max_zoom() RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT 22 $$;

-- Drops the cached tiles of a layer that cover any of the points (none: nothing changes).
CREATE FUNCTION tansiq_tiles_touched(lyr text, points geometry[]) RETURNS void LANGUAGE sql AS $$
    UPDATE tile_generation SET generation = generation + 1 WHERE layer = lyr AND cardinality(points) > 0;
    -- Only when the layer has cached tiles: while nobody looks at the map, a bulk load does not
    -- compute every point's 23 tile keys.
    DELETE FROM tile_cache t USING (
        SELECT DISTINCT z,
               floor((ST_X(pt) + 180) / 360 * 2 ^ z)::int AS x,
               floor((1 - ln(tan(radians(greatest(least(ST_Y(pt), 85.0511), -85.0511)))
                             + 1 / cos(radians(greatest(least(ST_Y(pt), 85.0511), -85.0511)))) / pi()) / 2 * 2 ^ z)::int AS y
        FROM unnest(points) pt, generate_series(0, tansiq_max_zoom()) z
        WHERE EXISTS (SELECT 1 FROM tile_cache c WHERE c.layer = lyr)) k
    WHERE t.layer = lyr AND t.z = k.z AND t.x = k.x AND t.y = k.y;
$$;

CREATE FUNCTION tansiq_article_event_places(a bigint) RETURNS TABLE (place_id bigint, geom geometry, kind text)
LANGUAGE sql STABLE AS $$
    SELECT DISTINCT ep.place_id, ep.geom, ep.kind FROM event e JOIN event_place ep ON ep.event_id = e.id
    WHERE e.article_id = a
$$;

CREATE FUNCTION tansiq_before_events_replaced(a bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM tansiq_forget_article(a);
    IF to_regclass('pg_temp.tansiq_old_places') IS NULL THEN
        CREATE TEMP TABLE tansiq_old_places (place_id bigint, geom geometry, kind text);
    END IF;
    DELETE FROM tansiq_old_places;
    INSERT INTO tansiq_old_places SELECT * FROM tansiq_article_event_places(a);
END
$$;

-- After new articles' events are stored, with no earlier reading to take out (bulk ingestion
-- calls it once per batch): derived state, counts by place (added, no rescan of the places'
-- other events) and the tiles they touch.
CREATE FUNCTION tansiq_events_added(arts bigint[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM tansiq_learn_articles(arts);
    INSERT INTO place_event AS pe (place_id, kind, events, last_date, geom)
    SELECT ep.place_id, ep.kind, count(*), max(ep.sort_date), (array_agg(ep.geom))[1]
    FROM event e JOIN event_place ep ON ep.event_id = e.id WHERE e.article_id = ANY (arts)
    GROUP BY ep.place_id, ep.kind
    ON CONFLICT (place_id, kind) DO UPDATE SET events = pe.events + excluded.events,
        last_date = greatest(pe.last_date, excluded.last_date);
    PERFORM tansiq_tiles_touched('events', ARRAY(
        SELECT DISTINCT ep.geom FROM event e JOIN event_place ep ON ep.event_id = e.id
        WHERE e.article_id = ANY (arts)));
    IF EXISTS (SELECT 1 FROM event WHERE article_id = ANY (arts) AND kind = 'coordination_centre') THEN
        PERFORM tansiq_tiles_drop('coordination-centres');
    END IF;
    IF EXISTS (SELECT 1 FROM event WHERE article_id = ANY (arts) AND kind = 'security_gap') THEN
        PERFORM tansiq_tiles_drop('security-gaps');
    END IF;
END
$$;

CREATE FUNCTION tansiq_after_events_replaced(a bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF to_regclass('pg_temp.tansiq_old_places') IS NULL OR NOT EXISTS (SELECT 1 FROM tansiq_old_places) THEN
        PERFORM tansiq_events_added(ARRAY[a]);
        RETURN;
    END IF;
    -- A re-read: count the places it touched, before or now, again.
    PERFORM tansiq_learn_article(a);
    PERFORM tansiq_place_events_count(ARRAY(SELECT place_id FROM tansiq_old_places
                                            UNION SELECT place_id FROM tansiq_article_event_places(a)));
    PERFORM tansiq_tiles_touched('events', ARRAY(SELECT geom FROM tansiq_old_places
                                                 UNION SELECT geom FROM tansiq_article_event_places(a)));
    DELETE FROM tansiq_old_places;
    PERFORM tansiq_tiles_drop('coordination-centres');
    PERFORM tansiq_tiles_drop('security-gaps');
END
$$;

-- Places tiles follow the mentions.
CREATE OR REPLACE FUNCTION tansiq_place_mentions_touched(places bigint[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF cardinality(places) > 0 THEN
        PERFORM tansiq_tiles_touched('places', ARRAY(SELECT geom FROM place WHERE id = ANY (places)));
    END IF;
END
$$;
CREATE OR REPLACE FUNCTION tansiq_mention_inserted_tiles() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM tansiq_place_mentions_touched(ARRAY(SELECT DISTINCT place_id FROM new_rows WHERE place_id IS NOT NULL));
    RETURN NULL;
END
$$;
CREATE OR REPLACE FUNCTION tansiq_mention_deleted_tiles() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM tansiq_place_mentions_touched(ARRAY(SELECT DISTINCT place_id FROM old_rows WHERE place_id IS NOT NULL));
    RETURN NULL;
END
$$;
CREATE TRIGGER mention_inserted_tiles AFTER INSERT ON mention REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION tansiq_mention_inserted_tiles();
CREATE TRIGGER mention_deleted_tiles AFTER DELETE ON mention REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION tansiq_mention_deleted_tiles();

-- Everything derived, from scratch (V6's, and now the counts by place and the cache).
CREATE OR REPLACE FUNCTION tansiq_rebuild_derived() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    a bigint;
BEGIN
    TRUNCATE centre_day, centre_report, centre_general, centre, centre_place, gap_report, gap_area, uncovered_area,
        place_event, tile_cache;
    FOR a IN SELECT DISTINCT article_id FROM event ORDER BY 1 LOOP
        PERFORM tansiq_learn_article(a);
    END LOOP;
    -- Centres built while later articles' reports were not yet counted at their places.
    PERFORM tansiq_centre_point(id) FROM centre;
    PERFORM tansiq_place_events_count(ARRAY(SELECT DISTINCT place_id FROM event_place));
    TRUNCATE place_mention;
    PERFORM tansiq_place_mentions(ARRAY(SELECT DISTINCT place_id FROM mention WHERE place_id IS NOT NULL));
END
$$;

SELECT tansiq_place_events_count(ARRAY(SELECT DISTINCT place_id FROM event_place));
