-- Names and titles found in article text (not curated) say where they were learned.
ALTER TABLE person_names ADD COLUMN method TEXT NOT NULL DEFAULT 'curated'
    CHECK (method IN ('curated', 'extracted'));
ALTER TABLE person_names ADD COLUMN article_id INTEGER REFERENCES articles(id);
ALTER TABLE organization_names ADD COLUMN method TEXT NOT NULL DEFAULT 'curated'
    CHECK (method IN ('curated', 'extracted'));
ALTER TABLE organization_names ADD COLUMN article_id INTEGER REFERENCES articles(id);
ALTER TABLE positions ADD COLUMN seen_date TEXT;
CREATE INDEX person_names_article_id ON person_names(article_id);
CREATE INDEX organization_names_article_id ON organization_names(article_id);
CREATE INDEX evidence_article_id_start_char ON evidence(article_id, start_char);

INSERT INTO catalog_docs (table_name, column_name, description) VALUES
('person_names', 'method', 'curated (from names.csv or people.csv) or extracted (learned from a title cue in an article).'),
('person_names', 'article_id', 'For an extracted name: the article it was learned from (articles.id); NULL for curated names.'),
('organization_names', 'method', 'curated or extracted (an acronym or a new organization''s name learned from "Long Name (ACRONYM)" in an article).'),
('organization_names', 'article_id', 'For an extracted name: the article it was learned from (articles.id); NULL for curated names.'),
('positions', 'seen_date', 'For an extracted position: the publication date of the article where the title was seen (YYYY-MM-DD or coarser); the evidence row gives the sentence.');
