-- Places: where the chosen meetings took place, with coordinates, country, the number of
-- meetings and the first and last date.
SELECT pl.id, pl.key, pl.name, pl.kind,
    coalesce(c.name, CASE WHEN pl.kind = 'country' THEN pl.name END) AS country, pl.latitude, pl.longitude,
    count(*) AS meetings,
    min(ch.date_from) AS first_date,
    max(ch.date_until) AS last_date
FROM chosen ch
JOIN places pl ON pl.id = ch.place_id
LEFT JOIN places c ON c.id = pl.country_id
GROUP BY pl.id
ORDER BY meetings DESC, pl.name
