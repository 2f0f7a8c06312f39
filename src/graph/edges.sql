-- Edges: each pair of participants of a chosen meeting once (people before organizations,
-- then by id), with how often they met, when first and last, and in which kinds of meeting.
SELECT
    CASE WHEN a.person_id IS NOT NULL THEN 'p' || a.person_id ELSE 'o' || a.organization_id END AS source,
    CASE WHEN b.person_id IS NOT NULL THEN 'p' || b.person_id ELSE 'o' || b.organization_id END AS target,
    count(DISTINCT ch.id) AS meetings,
    min(ch.date_from) AS first_date,
    max(ch.date_until) AS last_date,
    group_concat(DISTINCT ch.kind) AS kinds
FROM chosen ch
JOIN participants a ON a.meeting_id = ch.id
JOIN participants b ON b.meeting_id = ch.id
    AND (coalesce(a.person_id, 0), coalesce(a.organization_id, 0)) < (coalesce(b.person_id, 0), coalesce(b.organization_id, 0))
GROUP BY coalesce(a.person_id, -a.organization_id), coalesce(b.person_id, -b.organization_id)
ORDER BY meetings DESC, source, target
