-- V8: decisions. What a person decided about the catalog (a decisions.csv file: reject a
-- meeting, accept it, fix its date, place or kind, merge two entities, add a name, rename),
-- kept with its file, line, author and reason. Every import applies them all again at its
-- end, so that no later import or extraction brings back what a person corrected.

CREATE TABLE decisions (
    id          INTEGER PRIMARY KEY,
    subject     TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('reject', 'accept', 'merge', 'distinct',
                    'set-date', 'set-place', 'set-kind', 'add-participant',
                    'remove-participant', 'add-alias', 'rename')),
    value       TEXT NOT NULL DEFAULT '',
    reason      TEXT,
    file        TEXT NOT NULL,
    line        INTEGER NOT NULL,
    author      TEXT NOT NULL,
    decided_at  TEXT NOT NULL,
    removed     TEXT,
    UNIQUE (subject, action, value)
);
CREATE INDEX decisions_subject ON decisions(subject);

-- decisions.id of the accept decision (decisions are never deleted).
ALTER TABLE meetings ADD COLUMN reviewed_by INTEGER;

ALTER TABLE articles ADD COLUMN extracted_by TEXT;

-- Which curated CSV file gave each curated row, so that a row removed from its file is removed
-- from the catalog when the file is imported again.
CREATE TABLE curated_rows (
    file        TEXT NOT NULL,
    table_name  TEXT NOT NULL,
    row_key     TEXT NOT NULL,
    PRIMARY KEY (file, table_name, row_key)
) WITHOUT ROWID;

INSERT INTO catalog_docs (table_name, column_name, description) VALUES
('decisions', '', 'What a person decided about the catalog, from a decisions.csv file (`diplocat import decisions.csv`). Every import applies every decision again at its end, so a rejected meeting or a merged person never comes back. `diplocat report decisions` lists them.'),
('decisions', 'id', 'Row id.'),
('decisions', 'subject', 'The key the decision is about: a meeting''s, a person''s, an organization''s or a place''s, as the reports show it.'),
('decisions', 'action', 'reject (a meeting, person, organization or place is taken out of the catalog; with a value, that one name of the entity), accept (the meeting is verified: extraction never changes it), merge (the subject becomes the entity named in value: its names, meetings, positions and mentions move there), distinct (the subject and the entity in value are never merged), set-date, set-place (value: a place key), set-kind (value: meeting, reception, visit, signing or conference), add-participant and remove-participant (value: a person or organization key, optionally KEY as ROLE), add-alias (value: another name of the subject), rename (value: the subject''s new name).'),
('decisions', 'value', 'What the action needs: the key merged into or kept apart from, the date (YYYY, YYYY-MM or YYYY-MM-DD), the place key, the kind, the participant, the name; empty for accept and for the reject of a whole meeting or entity.'),
('decisions', 'reason', 'Why, in the words of the person who decided.'),
('decisions', 'file', 'The decisions file the decision was read from, as an absolute path.'),
('decisions', 'line', 'The line of that file (the header is line 1).'),
('decisions', 'author', 'Who decided: `diplocat import --by NAME`, or the login name of the user who imported the file.'),
('decisions', 'decided_at', 'When the decision was first imported (UTC, ISO 8601).'),
('decisions', 'removed', 'What a reject or merge took out of the catalog when it was first applied, as JSON (the meeting with its participants and evidence sentences, or the entity and its names), so nothing is lost.'),
('curated_rows', '', 'Which curated CSV file gave each curated row. When the file is imported again without a row, the row is removed from the catalog (with its participants and evidence; a person, organization, place or outlet only when nothing refers to it any more).'),
('curated_rows', 'file', 'The curated CSV file, as an absolute path (the bundled seed''s files as "(bundled) seed/NAME.csv").'),
('curated_rows', 'table_name', 'What the row is: outlets, places, people, organizations, positions, memberships, meetings, names, participants or evidence.'),
('curated_rows', 'row_key', 'The row''s key in its file; for names, participants and evidence, its identifying columns joined by the character U+001F.'),
('articles', 'extracted_by', 'The version of diplocat''s extractor that last read the article (a digest of its rules and word lists); `diplocat status` counts articles read by another version, and `diplocat import --reextract` reads them again.'),
('meetings', 'reviewed_by', 'The accept decision (decisions.id) that verified this meeting; NULL when no person has reviewed it. Extraction never changes a reviewed meeting.');
