-- name: meetings
-- description: One row per meeting: date, kind, place, participants, reporting articles and their number, summary and evidence.
-- param: person | person | NULL | only meetings this person took part in
-- param: organization | organization | NULL | only meetings this organization took part in
-- param: place | place | NULL | only meetings at this place or inside it (a city of a country)
-- param: kind | kind | NULL | only meetings of this kind (meeting, reception, visit, signing, conference)
-- param: from | date | NULL | only meetings that may have happened on or after this date (2023, 2023-11 or 2023-11-13)
-- param: to | date | NULL | only meetings that may have happened on or before this date
-- column: id | The meeting's id (meetings.id).
-- column: date | When, ISO 8601/EDTF at the precision known (2023-11-13, 2023, XXXX-11-26 when the year is not known, a span 2023-10-02/2023-10-05); empty when unknown.
-- column: kind | meeting, reception, visit, signing (of a memorandum or agreement) or conference.
-- column: place | Where: the place's name.
-- column: participants | Who took part, people and organizations by name, separated by "; ".
-- column: articles | The file names of the articles that report it, separated by "; ".
-- column: summary | One line saying what happened.
-- column: evidence | The surest sentence that reports it, as it is in its article's body.
-- column: cameo_code | CAMEO event code: 040 consult, 042 make a visit, 043 host a visit, 044 meet at a third location, 057 sign an agreement.
-- column: date_earliest | First calendar day the date can mean (YYYY-MM-DD).
-- column: date_latest | Last calendar day the date can mean (YYYY-MM-DD).
-- column: method | curated (from the curated CSV files) or extracted (found in article text).
-- column: confidence | How sure the source is that this happened as recorded, 0 to 1 (1 for curated facts).
-- column: key | The meeting's key: the subject of a decision about it.
-- column: sources | How many articles report it.
-- column: reviewed | When and by whom an accept decision verified it ("TIME by AUTHOR"); empty when nobody reviewed it.
SELECT
    m.id,
    m.date,
    m.kind,
    pl.name AS place,
    (SELECT group_concat(name, '; ') FROM (
        SELECT coalesce(pe.name, o.name) AS name FROM participants pa
        LEFT JOIN people pe ON pe.id = pa.person_id
        LEFT JOIN organizations o ON o.id = pa.organization_id
        WHERE pa.meeting_id = m.id ORDER BY pa.id)) AS participants,
    (SELECT group_concat(file_name, '; ') FROM (
        SELECT DISTINCT a.file_name FROM evidence e JOIN articles a ON a.id = e.article_id
        WHERE e.meeting_id = m.id ORDER BY a.file_name)) AS articles,
    m.summary,
    -- the surest sentence; of equals, one of the body before the article's headline
    (SELECT e.sentence FROM evidence e JOIN articles a ON a.id = e.article_id
        WHERE e.meeting_id = m.id
        ORDER BY e.confidence DESC, e.sentence = coalesce(a.title, ''), e.id LIMIT 1) AS evidence,
    m.cameo_code,
    m.date_earliest,
    m.date_latest,
    m.method,
    m.confidence,
    m.key,
    -- how many articles report it: one meeting reported by several outlets is one row
    (SELECT count(DISTINCT e.article_id) FROM evidence e WHERE e.meeting_id = m.id) AS sources,
    -- when and by whom a person accepted it (decisions.csv); empty when nobody reviewed it
    (SELECT d.decided_at || ' by ' || d.author FROM decisions d WHERE d.id = m.reviewed_by) AS reviewed
FROM meetings m
LEFT JOIN places pl ON pl.id = m.place_id
-- The most selective filter given picks the candidate meetings through an index (only one
-- branch runs: the others are false before they read a row); the conditions below decide.
WHERE m.id IN (
    SELECT meeting_id FROM participants WHERE person_id = :person
    UNION ALL
    SELECT meeting_id FROM participants INDEXED BY participants_organization_id
        WHERE :person IS NULL AND organization_id = :organization
    UNION ALL
    SELECT id FROM meetings WHERE :person IS NULL AND :organization IS NULL
        AND place_id IN (SELECT id FROM places WHERE id = :place OR country_id = :place)
        AND coalesce(date_earliest, '') <= coalesce(:to_end, date_earliest, '')
        AND +coalesce(date_latest, '') >= coalesce(:from, date_latest, '')
        AND (:kind IS NULL OR +kind = :kind)
    UNION ALL
    SELECT id FROM meetings WHERE :person IS NULL AND :organization IS NULL AND :place IS NULL
        AND (:from IS NOT NULL OR :to IS NOT NULL)
        AND date_earliest <= coalesce(:to_end, '9999-12-31') AND +date_latest >= coalesce(:from, '0000-01-01')
        AND (:kind IS NULL OR +kind = :kind)
    UNION ALL
    SELECT id FROM meetings WHERE :person IS NULL AND :organization IS NULL AND :place IS NULL
        AND :from IS NULL AND :to IS NULL AND kind = :kind
    UNION ALL
    SELECT id FROM meetings WHERE :person IS NULL AND :organization IS NULL AND :place IS NULL
        AND :from IS NULL AND :to IS NULL AND :kind IS NULL)
  AND (:person IS NULL OR EXISTS (SELECT 1 FROM participants pa WHERE pa.meeting_id = m.id AND pa.person_id = :person))
  AND (:organization IS NULL OR EXISTS (SELECT 1 FROM participants pa WHERE pa.meeting_id = m.id AND pa.organization_id = :organization))
  -- a place filter takes the place itself and anything that lies in it
  AND (:place IS NULL OR m.place_id = :place OR pl.country_id = :place)
  AND (:kind IS NULL OR m.kind = :kind)
  -- partial dates: keep a meeting whose possible days overlap the asked range
  AND (:from IS NULL OR m.date_latest >= :from)
  AND (:to IS NULL OR m.date_earliest <= :to_end)
-- dated meetings first, in date order; then those with a day but no year ("XXXX-03-03"),
-- by month and day; the undated last
ORDER BY m.date_earliest IS NULL, m.date_earliest, m.date IS NULL, m.date, m.id;
