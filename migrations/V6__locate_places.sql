-- Places carry coordinates and their GeoNames id: the extractor recognises the world's
-- countries and larger cities (its gazetteer), adds those an article names, and maps and
-- Datasette's cluster map read latitude and longitude.
ALTER TABLE places ADD COLUMN latitude REAL CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90);
ALTER TABLE places ADD COLUMN longitude REAL CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180);
ALTER TABLE places ADD COLUMN geonames_id INTEGER;
CREATE INDEX places_geonames_id ON places(geonames_id);

INSERT INTO catalog_docs (table_name, column_name, description) VALUES
('places', 'latitude', 'Latitude in decimal degrees (WGS84), from GeoNames for places of the gazetteer; a country''s is its capital''s.'),
('places', 'longitude', 'Longitude in decimal degrees (WGS84), as latitude.'),
('places', 'geonames_id', 'The place''s GeoNames id (https://www.geonames.org/ID), when it came from the gazetteer or a curated row names one; NULL otherwise.');

-- Articles are hashed and read with line ends, invisible marks and non-breaking spaces
-- normalised, so that a copy with CRLF line ends is the same article.
UPDATE catalog_docs SET description = 'The file''s text as decoded, page furniture included; line ends are \n, zero-width and bidirectional marks are dropped and non-breaking spaces are spaces (articles imported before version 6 keep their text as given).'
WHERE table_name = 'articles' AND column_name = 'raw_text';
