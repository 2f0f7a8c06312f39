-- V11: an import finds the meeting another article already reported (same kind, same people)
-- by looking it up, instead of reading every meeting of the catalog first: the cost of an
-- import no longer grows with the catalog it writes into.
--
-- meeting_people holds each meeting's set of people as one indexed value, with its kind and
-- dates, kept by triggers on participants and meetings whoever writes them (diplocat, or a
-- person in another SQLite tool): the same people's meetings on compatible dates are one
-- index range. The value is order-free (count, sum, smallest and largest person id), so it
-- needs no ordered aggregate and reads in any SQLite version; two different sets may share
-- one, and a reader compares the participants themselves. And meetings gain an index on
-- summary, which names an event (copies of an article report the same named event).
--
-- Each trigger deletes the meeting's row and inserts it again, never INSERT OR REPLACE: an
-- outer INSERT OR IGNORE (or OR FAIL, OR ABORT) into participants would impose its own conflict
-- policy on the trigger's, and leave the row stale.

CREATE TABLE meeting_people (
    meeting_id     INTEGER PRIMARY KEY,  -- meetings.id
    people_key     TEXT NOT NULL,
    kind           TEXT NOT NULL,        -- meetings.kind
    date_earliest  TEXT,                 -- meetings.date_earliest
    date_latest    TEXT                  -- meetings.date_latest
);
CREATE INDEX meeting_people_lookup ON meeting_people(people_key, kind, date_earliest, date_latest);
CREATE INDEX meetings_summary ON meetings(summary);

INSERT INTO meeting_people (meeting_id, people_key, kind, date_earliest, date_latest)
SELECT p.meeting_id, count(p.person_id) || ':' || sum(p.person_id) || ':' || min(p.person_id) || ':' || max(p.person_id), m.kind, m.date_earliest, m.date_latest
FROM participants p JOIN meetings m ON m.id = p.meeting_id
WHERE p.person_id IS NOT NULL
GROUP BY p.meeting_id;

CREATE TRIGGER meeting_people_after_participant_insert
AFTER INSERT ON participants WHEN NEW.person_id IS NOT NULL
BEGIN
    DELETE FROM meeting_people WHERE meeting_id = NEW.meeting_id;
    INSERT INTO meeting_people (meeting_id, people_key, kind, date_earliest, date_latest)
    SELECT p.meeting_id, count(p.person_id) || ':' || sum(p.person_id) || ':' || min(p.person_id) || ':' || max(p.person_id), m.kind, m.date_earliest, m.date_latest
    FROM participants p JOIN meetings m ON m.id = p.meeting_id
    WHERE p.meeting_id = NEW.meeting_id AND p.person_id IS NOT NULL
    GROUP BY p.meeting_id;
END;

CREATE TRIGGER meeting_people_after_participant_delete
AFTER DELETE ON participants WHEN OLD.person_id IS NOT NULL
BEGIN
    DELETE FROM meeting_people WHERE meeting_id = OLD.meeting_id;
    INSERT INTO meeting_people (meeting_id, people_key, kind, date_earliest, date_latest)
    SELECT p.meeting_id, count(p.person_id) || ':' || sum(p.person_id) || ':' || min(p.person_id) || ':' || max(p.person_id), m.kind, m.date_earliest, m.date_latest
    FROM participants p JOIN meetings m ON m.id = p.meeting_id
    WHERE p.meeting_id = OLD.meeting_id AND p.person_id IS NOT NULL
    GROUP BY p.meeting_id;
END;

CREATE TRIGGER meeting_people_after_participant_update
AFTER UPDATE OF meeting_id, person_id ON participants
BEGIN
    DELETE FROM meeting_people WHERE meeting_id IN (OLD.meeting_id, NEW.meeting_id);
    INSERT INTO meeting_people (meeting_id, people_key, kind, date_earliest, date_latest)
    SELECT p.meeting_id, count(p.person_id) || ':' || sum(p.person_id) || ':' || min(p.person_id) || ':' || max(p.person_id), m.kind, m.date_earliest, m.date_latest
    FROM participants p JOIN meetings m ON m.id = p.meeting_id
    WHERE p.meeting_id IN (OLD.meeting_id, NEW.meeting_id) AND p.person_id IS NOT NULL
    GROUP BY p.meeting_id;
END;

CREATE TRIGGER meeting_people_after_meeting_update
AFTER UPDATE OF kind, date_earliest, date_latest ON meetings
BEGIN
    UPDATE meeting_people
    SET kind = NEW.kind, date_earliest = NEW.date_earliest, date_latest = NEW.date_latest
    WHERE meeting_id = NEW.id;
END;

CREATE TRIGGER meeting_people_after_meeting_delete
AFTER DELETE ON meetings
BEGIN
    DELETE FROM meeting_people WHERE meeting_id = OLD.id;
END;

INSERT INTO catalog_docs (table_name, column_name, description) VALUES
('meeting_people', '', 'Each meeting''s set of people as one indexed value, with its kind and dates, kept up to date by triggers on participants and meetings: how an import finds the meetings of exactly these people on compatible dates (the same meeting reported by another article) without reading the whole catalog. Derived data: nothing here is a fact of its own.'),
('meeting_people', 'meeting_id', 'The meeting (meetings.id); only meetings with at least one person are here.'),
('meeting_people', 'people_key', 'How many people the meeting has, the sum, the smallest and the largest of their ids (people.id), joined by '':''. Two different sets of people can share a key: compare the participants to be sure.'),
('meeting_people', 'kind', 'The meeting''s kind (meetings.kind).'),
('meeting_people', 'date_earliest', 'The meeting''s earliest possible day (meetings.date_earliest).'),
('meeting_people', 'date_latest', 'The meeting''s latest possible day (meetings.date_latest).');
