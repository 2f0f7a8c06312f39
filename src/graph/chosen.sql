-- name: graph
-- description: The meetings a graph, chart or map is drawn from, chosen by the filters of the meetings report.
-- param: person | person | NULL | only meetings this person took part in (and everyone they met there)
-- param: organization | organization | NULL | only meetings this organization took part in
-- param: place | place | NULL | only meetings at this place or inside it (a city of a country)
-- param: kind | kind | NULL | only meetings of this kind (meeting, reception, visit, signing, conference)
-- param: from | date | NULL | only meetings that may have happened on or after this date (2023, 2023-11 or 2023-11-13)
-- param: to | date | NULL | only meetings that may have happened on or before this date
-- Each query reads the chosen meetings as the common table `chosen`; one scan of meetings,
-- the entity filters through the participants' indexes.
SELECT m.id, m.kind, m.date_earliest, m.date_latest, m.place_id,
    -- the date as written (EDTF), its first and last part: '2008' stays a year, not 2008-01-01
    CASE WHEN m.date IS NULL OR m.date LIKE 'X%' THEN NULL
         ELSE substr(m.date, 1, instr(m.date || '/', '/') - 1) END AS date_from,
    CASE WHEN m.date IS NULL OR m.date LIKE 'X%' THEN NULL
         ELSE substr(m.date, instr(m.date, '/') + 1) END AS date_until
FROM meetings m
LEFT JOIN places pl ON pl.id = m.place_id
WHERE (:person IS NULL OR m.id IN (SELECT meeting_id FROM participants WHERE person_id = :person))
  AND (:organization IS NULL OR m.id IN (SELECT meeting_id FROM participants WHERE organization_id = :organization))
  AND (:place IS NULL OR m.place_id = :place OR pl.country_id = :place)
  AND (:kind IS NULL OR m.kind = :kind)
  AND (:from IS NULL OR m.date_latest >= :from)
  AND (:to IS NULL OR m.date_earliest <= :to_end)
