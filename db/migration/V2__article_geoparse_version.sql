-- Which geoparser and gazetteer produced an article's mentions. When either changes (a new
-- gazetteer file, new stop words, a better resolver), articles are geoparsed again at start,
-- so the map never mixes old and new readings.
ALTER TABLE article ADD COLUMN geoparsed_with char(64);
