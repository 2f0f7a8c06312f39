-- report timeline -p by=month filed a meeting known to the year only (2007) under January of
-- that year (2007-01), a month it may not be in. meeting_months now keys each meeting by the
-- month when its date is known to the month, by the year ('2007') when it is known to the year
-- only, and 'unknown' otherwise. The triggers are those of V5 with the new key.
DROP TRIGGER meeting_months_after_insert;
DROP TRIGGER meeting_months_after_delete;
DROP TRIGGER meeting_months_after_update;
DELETE FROM meeting_months;

INSERT INTO meeting_months (month, kind, meetings)
SELECT CASE WHEN date_earliest IS NULL OR date_latest IS NULL THEN 'unknown'
            WHEN substr(date_earliest, 1, 7) = substr(date_latest, 1, 7) THEN substr(date_earliest, 1, 7)
            ELSE substr(date_earliest, 1, 4) END,
       kind, count(*)
FROM meetings
GROUP BY 1, 2;

CREATE TRIGGER meeting_months_after_insert AFTER INSERT ON meetings BEGIN
    INSERT INTO meeting_months (month, kind, meetings)
    VALUES (CASE WHEN new.date_earliest IS NULL OR new.date_latest IS NULL THEN 'unknown'
                 WHEN substr(new.date_earliest, 1, 7) = substr(new.date_latest, 1, 7) THEN substr(new.date_earliest, 1, 7)
                 ELSE substr(new.date_earliest, 1, 4) END,
            new.kind, 1)
    ON CONFLICT (month, kind) DO UPDATE SET meetings = meetings + 1;
END;
CREATE TRIGGER meeting_months_after_delete AFTER DELETE ON meetings BEGIN
    DELETE FROM meeting_months
    WHERE month = CASE WHEN old.date_earliest IS NULL OR old.date_latest IS NULL THEN 'unknown'
                       WHEN substr(old.date_earliest, 1, 7) = substr(old.date_latest, 1, 7) THEN substr(old.date_earliest, 1, 7)
                       ELSE substr(old.date_earliest, 1, 4) END
      AND kind = old.kind AND meetings = 1;
    UPDATE meeting_months SET meetings = meetings - 1
    WHERE month = CASE WHEN old.date_earliest IS NULL OR old.date_latest IS NULL THEN 'unknown'
                       WHEN substr(old.date_earliest, 1, 7) = substr(old.date_latest, 1, 7) THEN substr(old.date_earliest, 1, 7)
                       ELSE substr(old.date_earliest, 1, 4) END
      AND kind = old.kind;
END;
CREATE TRIGGER meeting_months_after_update AFTER UPDATE OF date_earliest, date_latest, kind ON meetings BEGIN
    DELETE FROM meeting_months
    WHERE month = CASE WHEN old.date_earliest IS NULL OR old.date_latest IS NULL THEN 'unknown'
                       WHEN substr(old.date_earliest, 1, 7) = substr(old.date_latest, 1, 7) THEN substr(old.date_earliest, 1, 7)
                       ELSE substr(old.date_earliest, 1, 4) END
      AND kind = old.kind AND meetings = 1;
    UPDATE meeting_months SET meetings = meetings - 1
    WHERE month = CASE WHEN old.date_earliest IS NULL OR old.date_latest IS NULL THEN 'unknown'
                       WHEN substr(old.date_earliest, 1, 7) = substr(old.date_latest, 1, 7) THEN substr(old.date_earliest, 1, 7)
                       ELSE substr(old.date_earliest, 1, 4) END
      AND kind = old.kind;
    INSERT INTO meeting_months (month, kind, meetings)
    VALUES (CASE WHEN new.date_earliest IS NULL OR new.date_latest IS NULL THEN 'unknown'
                 WHEN substr(new.date_earliest, 1, 7) = substr(new.date_latest, 1, 7) THEN substr(new.date_earliest, 1, 7)
                 ELSE substr(new.date_earliest, 1, 4) END,
            new.kind, 1)
    ON CONFLICT (month, kind) DO UPDATE SET meetings = meetings + 1;
END;

UPDATE catalog_docs SET description = 'How many meetings of each kind fall in each month (or year, for meetings known to the year only), kept in step with meetings by triggers; report timeline reads it. SELECT substr(month, 1, 4) AS year, sum(meetings) FROM meeting_months GROUP BY year.'
WHERE table_name = 'meeting_months' AND column_name = '';
UPDATE catalog_docs SET description = 'YYYY-MM when the meetings counted are known to that month; YYYY when they are known to the year only (a date of 2007, or a range inside one year across months); ''unknown'' for meetings without a known year.'
WHERE table_name = 'meeting_months' AND column_name = 'month';
