-- Full-text search over articles (SQLite FTS5), kept in step with `articles` by triggers, so
-- every writer (diplocat's importer or a user in the sqlite3 shell) keeps it right.
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body,
    content = 'articles', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO articles_fts (rowid, title, body) SELECT id, coalesce(title, ''), body FROM articles;

CREATE TRIGGER articles_fts_after_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, body) VALUES (new.id, coalesce(new.title, ''), new.body);
END;
CREATE TRIGGER articles_fts_after_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.id, coalesce(old.title, ''), old.body);
END;
CREATE TRIGGER articles_fts_after_update AFTER UPDATE OF title, body ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.id, coalesce(old.title, ''), old.body);
    INSERT INTO articles_fts (rowid, title, body) VALUES (new.id, coalesce(new.title, ''), new.body);
END;

INSERT INTO catalog_docs (table_name, column_name, description) VALUES
('articles_fts', '', 'Full-text index (FTS5) of articles.title and articles.body, rowid = articles.id; kept in step by triggers. SELECT rowid FROM articles_fts WHERE articles_fts MATCH ''memorandum'' ORDER BY rank.'),
('articles_fts', 'title', 'Indexed article title.'),
('articles_fts', 'body', 'Indexed article body.');
