-- Date-range filters (report meetings -p from=… -p to=…, alone or with a place) read only these
-- indexes: both ends of a meeting's possible dates and its kind, so the meetings that match are
-- found without reading the table.
CREATE INDEX meetings_dates ON meetings(date_earliest, date_latest, kind);
CREATE INDEX meetings_place_dates ON meetings(place_id, date_earliest, date_latest, kind);
-- report review: extracted meetings below a confidence.
CREATE INDEX meetings_method_confidence ON meetings(method, confidence);
