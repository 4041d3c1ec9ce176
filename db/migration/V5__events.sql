-- What the articles report happening where (issue 4): coordination centres with their status,
-- security gaps, operations, attacks and deployments, one row per statement an article makes,
-- with the places it concerns. Derived data: replaced whenever the article is read again.
CREATE TABLE event (
    id              bigserial PRIMARY KEY,
    article_id      bigint      NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    -- events.EventKind in JSON form.
    kind            varchar(32) NOT NULL,
    -- events.CentreStatus in JSON form, for coordination centres only.
    status          varchar(16),
    -- The date the sentence gives the fact; null when not even the publication date is known.
    event_date      date,
    -- dates.TimePrecision in lower case (day, week, month, year, unknown).
    time_precision  varchar(16),
    -- Canonical actor names (events.Actors).
    actors          text[]      NOT NULL DEFAULT '{}',
    -- The sentence as in article.body, and its UTF-16 offsets (end exclusive).
    quote           text        NOT NULL,
    start_offset    integer     NOT NULL,
    end_offset      integer     NOT NULL,
    CONSTRAINT event_kind_ck CHECK (kind IN
        ('coordination_centre', 'security_gap', 'operation', 'attack', 'deployment')),
    CONSTRAINT event_status_ck CHECK (status IN
        ('proposed', 'agreed', 'planned', 'opened', 'not_running', 'unknown')),
    CONSTRAINT event_status_centres_ck CHECK ((kind = 'coordination_centre') = (status IS NOT NULL)),
    CONSTRAINT event_precision_ck CHECK (time_precision IN ('day', 'week', 'month', 'year', 'unknown')),
    CONSTRAINT event_span_ck CHECK (start_offset >= 0 AND end_offset > start_offset)
);
CREATE INDEX event_article_ix ON event (article_id);
CREATE INDEX event_kind_ix ON event (kind);

-- The places one event concerns, in the order the sentence names them; none for a statement
-- about the disputed territories in general.
CREATE TABLE event_place (
    event_id       bigint  NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    ordinal        integer NOT NULL,
    place_id       bigint  NOT NULL REFERENCES place (id),
    -- The mention of the place in article.body.
    mention_start  integer NOT NULL,
    mention_end    integer NOT NULL,
    PRIMARY KEY (event_id, ordinal)
);
CREATE INDEX event_place_place_ix ON event_place (place_id);

-- Which reading produced the article's events (the geoparser version, since events are read
-- from its mentions); null when no extractor has read the article yet, so articles stored before
-- extraction existed are read at the next start.
ALTER TABLE article ADD COLUMN events_extracted_with char(64);
