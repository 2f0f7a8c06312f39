-- Date-range filters (report meetings -p from=… -p to=…) read only this index: both ends of a
-- meeting's possible dates and its kind, so the meetings that match are found without reading
-- the table.
CREATE INDEX meetings_dates ON meetings(date_earliest, date_latest, kind);
