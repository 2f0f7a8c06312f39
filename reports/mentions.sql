-- name: mentions
-- description: How often each person, organization and place is mentioned, and in how many articles.
-- column: type | What is mentioned: person, organization or place.
-- column: name | Its name.
-- column: mentions | How many times the articles name it.
-- column: articles | In how many articles.
SELECT
    CASE WHEN mn.person_id IS NOT NULL THEN 'person'
         WHEN mn.organization_id IS NOT NULL THEN 'organization'
         ELSE 'place' END AS type,
    coalesce(pe.name, o.name, pl.name) AS name,
    count(*) AS mentions,
    count(DISTINCT mn.article_id) AS articles
FROM mentions mn
LEFT JOIN people pe ON pe.id = mn.person_id
LEFT JOIN organizations o ON o.id = mn.organization_id
LEFT JOIN places pl ON pl.id = mn.place_id
WHERE coalesce(mn.person_id, mn.organization_id, mn.place_id) IS NOT NULL
GROUP BY type, coalesce(mn.person_id, mn.organization_id, mn.place_id)
ORDER BY mentions DESC, name;
