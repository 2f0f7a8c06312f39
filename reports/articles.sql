-- name: articles
-- description: Each article with date, outlet, author, title, and how many mentions and meetings it holds.
SELECT
    a.id,
    a.file_name,
    a.published AS date,
    o.name AS outlet,
    a.author,
    a.title,
    (SELECT count(*) FROM mentions mn WHERE mn.article_id = a.id) AS mentions,
    (SELECT count(DISTINCT e.meeting_id) FROM evidence e WHERE e.article_id = a.id AND e.meeting_id IS NOT NULL) AS meetings,
    a.sha256
FROM articles a
LEFT JOIN outlets o ON o.id = a.outlet_id
ORDER BY a.published_earliest IS NULL, a.published_earliest, a.file_name;
