-- name: positions
-- description: Who held which post, when (start and end where known), and where the catalog learnt it.
SELECT
    pe.name AS person,
    p.title,
    coalesce(o.name, c.name) AS of,
    p.start_date AS start,
    p.end_date AS "end",
    p.method,
    (SELECT count(*) FROM evidence e WHERE e.position_id = p.id) AS sources
FROM positions p
JOIN people pe ON pe.id = p.person_id
LEFT JOIN organizations o ON o.id = p.organization_id
LEFT JOIN places c ON c.id = p.country_id
ORDER BY pe.name, p.start_earliest IS NULL, p.start_earliest, p.title;
