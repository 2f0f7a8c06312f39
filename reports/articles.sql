-- name: articles
-- description: Each article with date, outlet, author, title, and how many mentions and meetings it holds.
-- column: id | The article's id (articles.id).
-- column: file_name | The file the article was imported from (without folder).
-- column: date | Its publication date, ISO 8601/EDTF at the precision known (articles.published); empty when unknown.
-- column: outlet | The name of the outlet that published it.
-- column: author | Byline, as written.
-- column: title | Headline.
-- column: mentions | How many names of people, organizations and places were found in it (its rows of mentions).
-- column: meetings | How many meetings it reports (meetings with evidence in it).
-- column: sha256 | SHA-256 of its raw text (hex): the article's identity.
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
