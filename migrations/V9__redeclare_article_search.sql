-- Datasette finds the full-text index of a table by reading `content="articles"` (or
-- `content=[articles]`) in the index's declaration; V2 wrote `content = 'articles'`, which SQLite
-- reads the same way but Datasette does not recognise, so its search box on articles found
-- every row. The index is declared again in the form Datasette recognises, with the same
-- columns, tokenizer and rowid, and filled again from articles. The triggers of V2 name the
-- table, not its declaration: they keep the new index in step as they kept the old one.
DROP TABLE articles_fts;

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body,
    content="articles", content_rowid="id",
    tokenize="unicode61 remove_diacritics 2"
);

-- As the triggers index a row: a missing title is indexed as an empty one.
INSERT INTO articles_fts (rowid, title, body) SELECT id, coalesce(title, ''), body FROM articles;

UPDATE catalog_docs
SET description = 'Full-text index (FTS5) of articles.title and articles.body, rowid = articles.id; kept in step by triggers. Declared with content="articles" (migration V9), so Datasette finds it: /CATALOG/articles?_search=memorandum. SELECT rowid FROM articles_fts WHERE articles_fts MATCH ''memorandum'' ORDER BY rank.'
WHERE table_name = 'articles_fts' AND column_name = '';
