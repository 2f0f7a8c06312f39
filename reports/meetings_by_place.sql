-- name: meetings_by_place
-- description: Meetings by place, for maps: each place with its latitude and longitude (WGS84, from the gazetteer), country, number of meetings, first and last date and kinds; Datasette's cluster-map plugin draws this view as it is.
-- column: id | The place's id (places.id).
-- column: key | The place's key.
-- column: place | The place's name.
-- column: kind | country, region, city or site.
-- column: country | The country it lies in (a country's own name for a country); empty when not known.
-- column: latitude | Latitude in decimal degrees (WGS84), from GeoNames for places of the gazetteer; empty for a place it does not know.
-- column: longitude | Longitude in decimal degrees (WGS84), as latitude.
-- column: meetings | How many meetings took place there.
-- column: first_date | The earliest date of its meetings as written (EDTF; a span's start), meetings without a date or a year aside.
-- column: last_date | The latest date of its meetings as written (EDTF; a span's end), meetings without a date or a year aside.
-- column: kinds | The kinds of its meetings, in alphabetical order, separated by commas.
SELECT
    pl.id,
    pl.key,
    pl.name AS place,
    pl.kind,
    coalesce(c.name, CASE WHEN pl.kind = 'country' THEN pl.name END) AS country,
    pl.latitude,
    pl.longitude,
    count(*) AS meetings,
    -- dates as written (EDTF): a meeting known to the year only is '2008', not 2008-01-01
    min(CASE WHEN m.date IS NULL OR m.date LIKE 'X%' THEN NULL
             ELSE substr(m.date, 1, instr(m.date || '/', '/') - 1) END) AS first_date,
    max(CASE WHEN m.date IS NULL OR m.date LIKE 'X%' THEN NULL
             ELSE substr(m.date, instr(m.date, '/') + 1) END) AS last_date,
    -- in the order of their names, whichever index SQLite reads the meetings by
    (SELECT group_concat(kind) FROM (SELECT DISTINCT kind FROM meetings k WHERE k.place_id = pl.id ORDER BY kind)) AS kinds
FROM meetings m
JOIN places pl ON pl.id = m.place_id
LEFT JOIN places c ON c.id = pl.country_id
GROUP BY pl.id
ORDER BY meetings DESC, pl.name;
