-- Nodes: every person and organization taking part in a chosen meeting, with the number of
-- chosen meetings; a person's country is the country of their latest post, an organization's
-- the country its officials' posts name most often.
SELECT 'p' || pe.id AS id, pe.key, pe.name, 'person' AS type,
    (SELECT c.name FROM positions po JOIN places c ON c.id = po.country_id
     WHERE po.person_id = pe.id
     ORDER BY po.start_earliest IS NULL, po.start_earliest DESC, po.id DESC LIMIT 1) AS country,
    count(DISTINCT ch.id) AS meetings
FROM chosen ch
JOIN participants pa ON pa.meeting_id = ch.id
JOIN people pe ON pe.id = pa.person_id
GROUP BY pe.id
UNION ALL
SELECT 'o' || o.id, o.key, o.name, 'organization',
    (SELECT c.name FROM positions po JOIN places c ON c.id = po.country_id
     WHERE po.organization_id = o.id
     GROUP BY c.id ORDER BY count(*) DESC, c.name LIMIT 1),
    count(DISTINCT ch.id)
FROM chosen ch
JOIN participants pa ON pa.meeting_id = ch.id
JOIN organizations o ON o.id = pa.organization_id
GROUP BY o.id
ORDER BY meetings DESC, name, id
