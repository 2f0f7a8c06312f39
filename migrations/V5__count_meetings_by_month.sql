-- report timeline counts meetings per month or year and kind. Counting a million meetings
-- reads a million index entries (about 0.4 s); this table holds the counts, kept in step with
-- `meetings` by triggers (like articles_fts), so every writer keeps it right and the report
-- reads a few hundred rows.
CREATE TABLE meeting_months (
    month    TEXT NOT NULL,  -- 'YYYY-MM' of meetings.date_earliest, or 'unknown'
    kind     TEXT NOT NULL,
    meetings INTEGER NOT NULL CHECK (meetings > 0),
    PRIMARY KEY (month, kind)
) WITHOUT ROWID;

INSERT INTO meeting_months (month, kind, meetings)
SELECT coalesce(substr(date_earliest, 1, 7), 'unknown'), kind, count(*)
FROM meetings
GROUP BY 1, 2;

CREATE TRIGGER meeting_months_after_insert AFTER INSERT ON meetings BEGIN
    INSERT INTO meeting_months (month, kind, meetings)
    VALUES (coalesce(substr(new.date_earliest, 1, 7), 'unknown'), new.kind, 1)
    ON CONFLICT (month, kind) DO UPDATE SET meetings = meetings + 1;
END;
CREATE TRIGGER meeting_months_after_delete AFTER DELETE ON meetings BEGIN
    DELETE FROM meeting_months
    WHERE month = coalesce(substr(old.date_earliest, 1, 7), 'unknown') AND kind = old.kind
      AND meetings = 1;
    UPDATE meeting_months SET meetings = meetings - 1
    WHERE month = coalesce(substr(old.date_earliest, 1, 7), 'unknown') AND kind = old.kind;
END;
CREATE TRIGGER meeting_months_after_update AFTER UPDATE OF date_earliest, kind ON meetings BEGIN
    DELETE FROM meeting_months
    WHERE month = coalesce(substr(old.date_earliest, 1, 7), 'unknown') AND kind = old.kind
      AND meetings = 1;
    UPDATE meeting_months SET meetings = meetings - 1
    WHERE month = coalesce(substr(old.date_earliest, 1, 7), 'unknown') AND kind = old.kind;
    INSERT INTO meeting_months (month, kind, meetings)
    VALUES (coalesce(substr(new.date_earliest, 1, 7), 'unknown'), new.kind, 1)
    ON CONFLICT (month, kind) DO UPDATE SET meetings = meetings + 1;
END;

INSERT INTO catalog_docs (table_name, column_name, description) VALUES
('meeting_months', '', 'How many meetings of each kind fall in each month (by meetings.date_earliest), kept in step with meetings by triggers; report timeline reads it. SELECT substr(month, 1, 4) AS year, sum(meetings) FROM meeting_months GROUP BY year.'),
('meeting_months', 'month', 'YYYY-MM of the earliest possible date of the meetings counted, or ''unknown'' for meetings without a date.'),
('meeting_months', 'kind', 'Meeting kind, as meetings.kind.'),
('meeting_months', 'meetings', 'How many meetings of this kind fall in this month (a month and kind with none has no row).');
