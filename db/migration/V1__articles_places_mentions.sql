-- Tansiq schema, version 1: the corpus, the gazetteer and the mentions that join them.
-- Flyway owns the schema; Hibernate only validates against it.

CREATE EXTENSION IF NOT EXISTS postgis;

CREATE TABLE article (
    id            bigserial PRIMARY KEY,
    title         text        NOT NULL,
    outlet        text,
    url           text,
    published_at  date,
    language      varchar(16) NOT NULL DEFAULT 'ar',
    body          text        NOT NULL,
    -- Hex SHA-256 of the UTF-8 body: the identity used to make ingestion idempotent.
    sha256        char(64)    NOT NULL UNIQUE,
    created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE place (
    id             bigserial PRIMARY KEY,
    name           text        NOT NULL,
    name_ar        text,
    name_en        text,
    -- Every spelling the source knows, in any script.
    names          text[]      NOT NULL DEFAULT '{}',
    -- Matching keys (see text.NameKeys): what the name matcher looks up.
    names_norm     text[]      NOT NULL DEFAULT '{}',
    feature_class  char(1),
    feature_code   varchar(10),
    population     bigint,
    country_code   char(2),
    admin1_code    varchar(20),
    admin2_code    varchar(80),
    source         varchar(32) NOT NULL,
    source_id      varchar(64) NOT NULL,
    geom           geometry(Point, 4326) NOT NULL,
    CONSTRAINT place_source_uk UNIQUE (source, source_id)
);
CREATE INDEX place_geom_gix ON place USING gist (geom);
CREATE INDEX place_names_norm_gin ON place USING gin (names_norm);

CREATE TABLE mention (
    id            bigserial PRIMARY KEY,
    article_id    bigint  NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    -- UTF-16 offsets into article.body, end exclusive (Java String offsets).
    start_offset  integer NOT NULL,
    end_offset    integer NOT NULL,
    surface       text    NOT NULL,
    place_id      bigint  REFERENCES place (id),
    confidence    real    NOT NULL,
    CONSTRAINT mention_span_ck CHECK (start_offset >= 0 AND end_offset > start_offset),
    CONSTRAINT mention_confidence_ck CHECK (confidence >= 0 AND confidence <= 1)
);
CREATE INDEX mention_article_ix ON mention (article_id);
CREATE INDEX mention_place_ix ON mention (place_id);

-- Which gazetteer files are loaded, so a restart does not load them twice.
CREATE TABLE dataset_load (
    dataset    text        PRIMARY KEY,
    checksum   char(64)    NOT NULL,
    row_count  integer     NOT NULL,
    loaded_at  timestamptz NOT NULL DEFAULT now()
);
