-- V13: curated_rows also remembers which articles.csv gave an article's metadata, so that an
-- import of the article without that file keeps it, and deleting the row gives the article
-- back what its own text says. Documentation only: no table changes.

UPDATE catalog_docs
SET description = 'Which curated CSV file gave each curated row. When the file is imported again without a row, the row is removed from the catalog (with its participants and evidence; a person, organization, place or outlet only when nothing refers to it any more), a decision withdrawn, or an article''s metadata given by articles.csv replaced by what the article itself gives; a row another curated file still has (a file still on disk, or the bundled seed) stays. Until then, an import of the article without its articles.csv keeps the metadata that file gave.'
WHERE table_name = 'curated_rows' AND column_name = '';

UPDATE catalog_docs
SET description = 'What the row is: outlets, articles (a row of articles.csv), places, people, organizations, positions, memberships, meetings, names, participants, evidence or decisions.'
WHERE table_name = 'curated_rows' AND column_name = 'table_name';

UPDATE catalog_docs
SET description = 'The row''s key in its file (for articles, the article''s file name); for names, participants, evidence and decisions, its identifying columns (a decision''s subject, action and value) joined by the character U+001F.'
WHERE table_name = 'curated_rows' AND column_name = 'row_key';
