-- name: positions
-- description: Who held which post, when (start and end where known), and where the catalog learnt it.
-- column: person | The person's name.
-- column: title | The post, as written ("Minister of Foreign Affairs").
-- column: of | The organization or the country of the post.
-- column: start | When the person took up the post, ISO 8601/EDTF; empty when unknown.
-- column: end | When the person left the post, ISO 8601/EDTF; empty when unknown or still held.
-- column: method | curated (from positions.csv) or extracted (learned from a title in an article).
-- column: sources | How many evidence sentences report it.
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
