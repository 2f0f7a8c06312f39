-- name: gaps
-- description: Data quality: meetings without date or place, facts without evidence, names seen in articles but not resolved.
-- column: problem | What is missing: meeting without date, without year, without place, without participants or without evidence; position or membership without evidence; article without date; unresolved name.
-- column: item | What it is about: the meeting's, position's or membership's key, or the article's file name.
-- column: detail | More to go on: the meeting's summary (after its date, for a meeting without year), the position's title, the article's title, or the unresolved name as the article writes it; empty for a membership.
SELECT 'meeting without date' AS problem, m.key AS item, m.summary AS detail FROM meetings m WHERE m.date IS NULL
UNION ALL
SELECT 'meeting without year', m.key, m.date || ': ' || m.summary FROM meetings m WHERE m.date LIKE 'XXXX%'
UNION ALL
SELECT 'meeting without place', m.key, m.summary FROM meetings m WHERE m.place_id IS NULL
UNION ALL
SELECT 'meeting without participants', m.key, m.summary FROM meetings m
WHERE NOT EXISTS (SELECT 1 FROM participants pa WHERE pa.meeting_id = m.id)
UNION ALL
SELECT 'meeting without evidence', m.key, m.summary FROM meetings m
WHERE NOT EXISTS (SELECT 1 FROM evidence e WHERE e.meeting_id = m.id)
UNION ALL
SELECT 'position without evidence', p.key, p.title FROM positions p
WHERE NOT EXISTS (SELECT 1 FROM evidence e WHERE e.position_id = p.id)
UNION ALL
SELECT 'membership without evidence', ms.key, NULL FROM memberships ms
WHERE NOT EXISTS (SELECT 1 FROM evidence e WHERE e.membership_id = ms.id)
UNION ALL
SELECT 'article without date', a.file_name, a.title FROM articles a WHERE a.published IS NULL
UNION ALL
SELECT 'unresolved name', a.file_name, mn.surface FROM mentions mn JOIN articles a ON a.id = mn.article_id
WHERE mn.person_id IS NULL AND mn.organization_id IS NULL AND mn.place_id IS NULL
ORDER BY 1, 2;
