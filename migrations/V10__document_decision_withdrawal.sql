-- V10: the documentation of decisions says what V8 left out: a date of an unknown year
-- (XXXX-MM-DD), what decisions.removed keeps for a rejected name and a rename, that a
-- decision is withdrawn by deleting its row from its file, and that curated_rows also
-- remembers which decisions file gives each decision. Documentation only: no table changes.
-- (V10, not V9: another branch adds a V9.)

UPDATE catalog_docs
SET description = 'What a person decided about the catalog, from a decisions.csv file (`diplocat import decisions.csv`). Every import applies every decision again at its end, so a rejected meeting or a merged person never comes back. A row deleted from its file withdraws the decision at that file''s next import, and what it did is undone where it can be (a merge cannot be). `diplocat report decisions` lists them.'
WHERE table_name = 'decisions' AND column_name = '';

UPDATE catalog_docs
SET description = 'What the action needs: the key merged into or kept apart from, the date (YYYY, YYYY-MM, YYYY-MM-DD, or XXXX-MM-DD for a day of an unknown year), the place key, the kind, the participant, the name; empty for accept and for the reject of a whole meeting or entity.'
WHERE table_name = 'decisions' AND column_name = 'value';

UPDATE catalog_docs
SET description = 'What a decision took out of the catalog when it was first applied, as JSON, so nothing is lost and a withdrawn decision can give it back: a rejected meeting with its participants and evidence sentences, a rejected or merged entity and its names, a rejected name (its kind and how many mentions it had), the name an entity had before a rename.'
WHERE table_name = 'decisions' AND column_name = 'removed';

UPDATE catalog_docs
SET description = 'Which curated CSV file gave each curated row. When the file is imported again without a row, the row is removed from the catalog (with its participants and evidence; a person, organization, place or outlet only when nothing refers to it any more), or a decision withdrawn; a row another curated file still has (a file still on disk, or the bundled seed) stays.'
WHERE table_name = 'curated_rows' AND column_name = '';

UPDATE catalog_docs
SET description = 'What the row is: outlets, places, people, organizations, positions, memberships, meetings, names, participants, evidence or decisions.'
WHERE table_name = 'curated_rows' AND column_name = 'table_name';

UPDATE catalog_docs
SET description = 'The row''s key in its file; for names, participants, evidence and decisions, its identifying columns (a decision''s subject, action and value) joined by the character U+001F.'
WHERE table_name = 'curated_rows' AND column_name = 'row_key';
