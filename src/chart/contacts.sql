-- One person's counterparts: for each person or organization they met, the meetings per year
-- (the year the meeting's date starts in; NULL when it has none).
SELECT CASE WHEN b.person_id IS NOT NULL THEN 'p' || b.person_id ELSE 'o' || b.organization_id END AS id,
       coalesce(pe.name, o.name) AS name,
       CAST(substr(ch.date_earliest, 1, 4) AS INTEGER) AS year,
       count(DISTINCT ch.id) AS meetings
FROM chosen ch
JOIN participants b ON b.meeting_id = ch.id
LEFT JOIN people pe ON pe.id = b.person_id
LEFT JOIN organizations o ON o.id = b.organization_id
WHERE b.person_id IS NOT :person
GROUP BY 1, 3
ORDER BY 1, 3
