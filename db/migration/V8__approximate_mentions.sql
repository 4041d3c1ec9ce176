-- Names no gazetteer lists («قرية خانصور»), placed in the smallest unit the text supports
-- (issue 10): the mention's place_id is that unit, and approximate says the name has no place of
-- its own. The API shows such a mention with placeId null and the unit's id as unitId. Counting
-- it at the unit keeps the derived state (place_mention) as it is: the unit's point carries the
-- name among its surfaces.
ALTER TABLE mention ADD COLUMN approximate boolean NOT NULL DEFAULT false;
