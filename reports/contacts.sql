-- name: contacts
-- description: Who met whom: one row per pair of participants with the number of meetings and the first and last date (an edge list), then each side's key and type (person or organization).
-- column: source | One side of the pair: a person's or an organization's name (people before organizations, then by id).
-- column: target | The other side of the pair.
-- column: meetings | How many meetings both took part in.
-- column: first_date | The first calendar day the earliest of those meetings can have been (YYYY-MM-DD); empty when none is dated.
-- column: last_date | The last calendar day the latest of those meetings can have been (YYYY-MM-DD); empty when none is dated.
-- column: source_key | The source's key (people.key or organizations.key).
-- column: source_type | What the source is: person or organization.
-- column: target_key | The target's key (people.key or organizations.key).
-- column: target_type | What the target is: person or organization.
SELECT
    coalesce(p1.name, o1.name) AS source,
    coalesce(p2.name, o2.name) AS target,
    count(DISTINCT a.meeting_id) AS meetings,
    min(m.date_earliest) AS first_date,
    max(m.date_latest) AS last_date,
    -- who each side is: its key and whether a person or an organization (`diplocat graph`
    -- writes the same pairs as a network file)
    coalesce(p1.key, o1.key) AS source_key,
    CASE WHEN a.person_id IS NOT NULL THEN 'person' ELSE 'organization' END AS source_type,
    coalesce(p2.key, o2.key) AS target_key,
    CASE WHEN b.person_id IS NOT NULL THEN 'person' ELSE 'organization' END AS target_type
FROM participants a
JOIN participants b ON b.meeting_id = a.meeting_id
    -- each unordered pair once: people before organizations, then by id
    AND (coalesce(a.person_id, 0), coalesce(a.organization_id, 0)) < (coalesce(b.person_id, 0), coalesce(b.organization_id, 0))
-- in table order: reading meetings through an index would visit participants at random
JOIN meetings m NOT INDEXED ON m.id = a.meeting_id
LEFT JOIN people p1 ON p1.id = a.person_id
LEFT JOIN organizations o1 ON o1.id = a.organization_id
LEFT JOIN people p2 ON p2.id = b.person_id
LEFT JOIN organizations o2 ON o2.id = b.organization_id
GROUP BY coalesce(a.person_id, -a.organization_id), coalesce(b.person_id, -b.organization_id)
ORDER BY meetings DESC, source, target;
