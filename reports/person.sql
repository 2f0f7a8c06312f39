-- name: person
-- description: A person's dossier: positions over time, meetings with counterparts and the role held, articles that mention them.
-- param: person | person | | the person (any known name or alias)
-- column: section | What the row is: position, meeting or article.
-- column: date | A position's start, a meeting's date or an article's publication date, ISO 8601/EDTF.
-- column: item | The post (with its organization or country), the meeting's kind and summary, or the article's title (its file name when it has none).
-- column: counterparts | Who else took part in the meeting, separated by "; ".
-- column: role | The person's role in the meeting (host, visitor, signatory or participant), and the post held there ("as ...").
-- column: until | When the position ended.
-- column: articles | The file names of the articles that report the position or the meeting, or the article itself.
-- column: reviewed | When and by whom an accept decision verified the meeting.
SELECT 'position' AS section, p.start_date AS date, p.title || CASE
           -- "Ambassador of Japan" of Japan says it once.
           WHEN o.name IS NOT NULL THEN CASE WHEN instr(p.title, o.name) > 0 THEN '' ELSE ' of ' || o.name END
           WHEN c.name IS NOT NULL AND instr(p.title, c.name) = 0 THEN ' of ' || c.name
           ELSE '' END AS item,
       NULL AS counterparts, NULL AS role, p.end_date AS until,
       (SELECT group_concat(DISTINCT a.file_name) FROM evidence e JOIN articles a ON a.id = e.article_id WHERE e.position_id = p.id) AS articles,
       NULL AS reviewed
FROM positions p
LEFT JOIN organizations o ON o.id = p.organization_id
LEFT JOIN places c ON c.id = p.country_id
WHERE p.person_id = :person
UNION ALL
SELECT 'meeting', m.date, m.kind || ': ' || m.summary,
       (SELECT group_concat(coalesce(pe.name, og.name), '; ') FROM participants x
          LEFT JOIN people pe ON pe.id = x.person_id LEFT JOIN organizations og ON og.id = x.organization_id
          WHERE x.meeting_id = m.id AND coalesce(x.person_id, 0) <> :person),
       pa.role || coalesce(' as ' || pos.title, ''), NULL,
       (SELECT group_concat(DISTINCT a.file_name) FROM evidence e JOIN articles a ON a.id = e.article_id WHERE e.meeting_id = m.id),
       (SELECT d.decided_at || ' by ' || d.author FROM decisions d WHERE d.id = m.reviewed_by)
FROM participants pa
JOIN meetings m ON m.id = pa.meeting_id
LEFT JOIN positions pos ON pos.id = pa.position_id
WHERE pa.person_id = :person
UNION ALL
SELECT 'article', a.published, coalesce(a.title, a.file_name), NULL, NULL, NULL, a.file_name, NULL
FROM articles a
WHERE a.id IN (SELECT mn.article_id FROM mentions mn WHERE mn.person_id = :person)
ORDER BY 1 DESC, 2;
