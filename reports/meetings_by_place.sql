-- name: meetings_by_place
-- description: Meetings by place, for maps: each place with its latitude and longitude (WGS84, from the gazetteer), country, number of meetings, first and last date and kinds; Datasette's cluster-map plugin draws this view as it is.
SELECT
    pl.id,
    pl.key,
    pl.name AS place,
    pl.kind,
    coalesce(c.name, CASE WHEN pl.kind = 'country' THEN pl.name END) AS country,
    pl.latitude,
    pl.longitude,
    count(*) AS meetings,
    min(m.date_earliest) AS first_date,
    max(m.date_latest) AS last_date,
    group_concat(DISTINCT m.kind) AS kinds
FROM meetings m
JOIN places pl ON pl.id = m.place_id
LEFT JOIN places c ON c.id = pl.country_id
GROUP BY pl.id
ORDER BY meetings DESC, pl.name;
