-- name: review
-- description: For a person to check: extracted meetings below a confidence, people, titles and names learned from articles, and names that could not be resolved to one entity; what a decision already covers is left out.
-- param: below | integer: 0..100 | 80 | Show extracted meetings whose confidence, in percent, is below this (100 shows them all)
-- column: review | What to check: low-confidence meeting, new person (with the titles learned of them), new title (of a person already known: all their new titles in one row), learned name (of an organization) or unresolved name.
-- column: item | What it is about: the meeting's, person's, positions' (joined by '; ') or organization's key, or the unresolved name as written.
-- column: confidence | A low-confidence meeting's confidence, 0 to 1, to two places; empty for the other rows.
-- column: article | The file name of the article it was reported in or learned from.
-- column: detail | What to judge by: a meeting's summary and sentence, a person's name and description, a person's name and title, a learned name and the organization's name, or where an unresolved name is (character offsets) and the text around it.
-- column: subject | The key a decision about this row is about (the person's, for a title); empty for an unresolved name.
-- column: action | Empty: the decision to write (reject, accept, set-date, ...), so that the rows are a decisions.csv to fill in.
-- column: value | Empty: what the action needs (a date, a place key, a name, ...).
-- column: reason | Empty: why, in your words.
-- The last four columns are a decisions.csv to fill in: save the CSV, write reject, accept,
-- merge, set-date, ... in `action` (and what it needs in `value`), and import the file.
SELECT 'low-confidence meeting' AS review, m.key AS item, round(m.confidence, 2) AS confidence,
       (SELECT a.file_name FROM evidence e JOIN articles a ON a.id = e.article_id
         WHERE e.meeting_id = m.id ORDER BY e.article_id, e.start_char LIMIT 1) AS article,
       m.summary || ' — ' || coalesce((SELECT e.sentence FROM evidence e WHERE e.meeting_id = m.id
         ORDER BY e.article_id, e.start_char LIMIT 1), '') AS detail,
       m.key AS subject, '' AS action, '' AS value, '' AS reason
FROM meetings m
WHERE m.method = 'extracted' AND m.confidence < :below / 100.0
  AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.subject = m.key)
UNION ALL
-- One row a person, with the article the first name learned of them came from (a person may
-- have several: a spelling, initials in brackets). A decision is about a subject, so each
-- subject is listed once: a new person's titles are said in their row (those its description
-- does not already say), and a known person's new titles are one row.
SELECT 'new person', p.key, NULL,
       (SELECT a.file_name FROM person_names pn JOIN articles a ON a.id = pn.article_id
         WHERE pn.person_id = p.id AND pn.method = 'extracted' ORDER BY pn.id LIMIT 1),
       p.name || ': ' || coalesce(p.description, '')
         || coalesce('; also ' || (SELECT group_concat(po.title, '; ') FROM positions po
              WHERE po.person_id = p.id AND po.method = 'extracted'
                AND instr(coalesce(p.description, ''), po.title) = 0), ''),
       p.key, '', '', ''
FROM people p
WHERE p.method = 'extracted' AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.subject = p.key)
UNION ALL
SELECT 'new title', group_concat(po.key, '; '), NULL,
       (SELECT a.file_name FROM evidence e JOIN articles a ON a.id = e.article_id
         JOIN positions o ON o.id = e.position_id
         WHERE o.person_id = pe.id AND o.method = 'extracted' ORDER BY e.article_id LIMIT 1),
       pe.name || ', ' || group_concat(po.title, '; '),
       pe.key, '', '', ''
FROM positions po JOIN people pe ON pe.id = po.person_id
WHERE po.method = 'extracted' AND pe.method <> 'extracted'
  AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.subject = pe.key)
GROUP BY pe.id
UNION ALL
SELECT 'learned name', o.key, NULL, a.file_name, n.name || ' = ' || o.name,
       o.key, '', '', ''
FROM organization_names n JOIN organizations o ON o.id = n.organization_id
LEFT JOIN articles a ON a.id = n.article_id
WHERE n.method = 'extracted' AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.subject = o.key)
UNION ALL
SELECT 'unresolved name', mn.surface, NULL, a.file_name,
       'at characters ' || mn.start_char || '-' || mn.end_char || ': ' || substr(a.body, max(1, mn.start_char - 59), mn.end_char - mn.start_char + 120),
       '', '', '', ''
FROM mentions mn JOIN articles a ON a.id = mn.article_id
WHERE mn.person_id IS NULL AND mn.organization_id IS NULL AND mn.place_id IS NULL
ORDER BY 1, 3, 2;
