-- name: organization
-- description: An organization's record: names over time (ISESCO then ICESCO), officials and their terms, meetings, members.
-- param: organization | organization | | the organization (any known name or acronym)
-- column: section | What the row is: name, part of, body, official, meeting or member.
-- column: date | From when a name was used, an official's start, a meeting's date or a membership's start, ISO 8601/EDTF.
-- column: item | The name, the organization it is part of, one of its bodies, an official's name, a meeting's summary or a member's name.
-- column: detail | The kind of name (official, acronym, alias, former, spelling), an official's title, a meeting's kind, or member.
-- column: until | Until when a name was used, a post was held or a membership lasted.
SELECT 'name' AS section, n.valid_from AS date, n.name AS item, n.kind AS detail, n.valid_until AS until
FROM organization_names n WHERE n.organization_id = :organization
UNION ALL
SELECT 'part of', NULL, o.name, NULL, NULL
FROM organizations me JOIN organizations o ON o.id = me.part_of_id WHERE me.id = :organization
UNION ALL
SELECT 'body', NULL, o.name, NULL, NULL FROM organizations o WHERE o.part_of_id = :organization
UNION ALL
SELECT 'official', p.start_date, pe.name, p.title, p.end_date
FROM positions p JOIN people pe ON pe.id = p.person_id WHERE p.organization_id = :organization
UNION ALL
SELECT 'meeting', m.date, m.summary, m.kind, NULL
FROM meetings m WHERE m.id IN (
    -- the organization took part, or someone took part in a position with it
    SELECT meeting_id FROM participants INDEXED BY participants_organization_id WHERE organization_id = :organization
    UNION
    SELECT pa.meeting_id FROM positions pos JOIN participants pa INDEXED BY participants_position_id ON pa.position_id = pos.id
    WHERE pos.organization_id = :organization)
UNION ALL
SELECT 'member', ms.start_date, coalesce(pl.name, mo.name), 'member', ms.end_date
FROM memberships ms
LEFT JOIN places pl ON pl.id = ms.member_place_id
LEFT JOIN organizations mo ON mo.id = ms.member_organization_id
WHERE ms.organization_id = :organization
ORDER BY 1, 2;
