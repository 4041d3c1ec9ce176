-- Areas Tansiq draws as unions of COD-AB administrative units (db/reference/reference-areas.csv):
-- the disputed territories by tier, the Kurdistan Region by governorate. Derived data: computed
-- after the gazetteer load, again whenever the unit list or the units' polygons change.
CREATE TABLE reference_area (
    -- The collection (disputed-territories, kurdistan-region) and the feature's id within it.
    layer          varchar(64) NOT NULL,
    feature        varchar(64) NOT NULL,
    -- Where the feature first appears in the list: the order the collection shows.
    position       integer     NOT NULL,
    -- COD-AB p-codes of the units, in the order the list gives them.
    units          text[]      NOT NULL,
    area           geometry(MultiPolygon, 4326) NOT NULL,
    area_km2       double precision NOT NULL,
    -- SHA-256 of the unit list and the units' polygons it was computed from.
    inputs_sha256  char(64)    NOT NULL,
    computed_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (layer, feature)
);
CREATE INDEX reference_area_gix ON reference_area USING gist (area);
