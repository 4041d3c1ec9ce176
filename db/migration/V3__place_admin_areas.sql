-- Administrative units as places with their polygons (OCHA COD-AB governorates, districts and
-- sub-districts), and for every place in Iraq the COD-AB codes of the units it lies in.
ALTER TABLE place
    -- The unit's polygon, for places that are areas; geom stays their representative point.
    ADD COLUMN area        geometry(MultiPolygon, 4326),
    -- COD-AB p-codes: a unit's own and its parents'; for other places in Iraq, the units
    -- that cover their point (set after every gazetteer load).
    ADD COLUMN adm1_pcode  varchar(20),
    ADD COLUMN adm2_pcode  varchar(20),
    ADD COLUMN adm3_pcode  varchar(20);

CREATE INDEX place_area_gix ON place USING gist (area);
CREATE INDEX place_adm1_pcode_ix ON place (adm1_pcode);
CREATE INDEX place_adm2_pcode_ix ON place (adm2_pcode);
CREATE INDEX place_adm3_pcode_ix ON place (adm3_pcode);
