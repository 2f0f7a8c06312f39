-- V12: three indexes of V1 are the first column of a wider index made later, which answers
-- every lookup they answered: meetings(date_earliest) of meetings_dates (V4),
-- meetings(place_id) of meetings_place_dates (V4), and evidence(article_id) of
-- evidence_article_id_start_char (V3). Each was written on every insert and took disk space
-- for nothing; an import into a large catalog wrote hundreds of pages of them.

DROP INDEX IF EXISTS meetings_date_earliest;
DROP INDEX IF EXISTS meetings_place_id;
DROP INDEX IF EXISTS evidence_article_id;
