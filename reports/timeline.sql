-- name: timeline
-- description: Meetings per year (or per month with -p by=month), by kind; meetings without a known year are counted under 'unknown'.
-- param: by | text: year, month | year | year or month
-- column: period | The year (YYYY), or with -p by=month the month (YYYY-MM; YYYY for meetings known to the year only); unknown for meetings without a known year.
-- column: meetings | How many meetings of every kind fall in the period.
-- column: meeting | How many of them are of the kind meeting.
-- column: reception | How many of them are receptions.
-- column: visit | How many of them are visits.
-- column: signing | How many of them are signings.
-- column: conference | How many of them are conferences.
-- Reads the counts kept in meeting_months (see catalog_docs), not every meeting.
SELECT
    CASE WHEN c.month = 'unknown' THEN 'unknown'
         WHEN :by = 'month' THEN c.month
         ELSE substr(c.month, 1, 4) END AS period,
    sum(c.meetings) AS meetings,
    sum(CASE WHEN c.kind = 'meeting' THEN c.meetings ELSE 0 END) AS meeting,
    sum(CASE WHEN c.kind = 'reception' THEN c.meetings ELSE 0 END) AS reception,
    sum(CASE WHEN c.kind = 'visit' THEN c.meetings ELSE 0 END) AS visit,
    sum(CASE WHEN c.kind = 'signing' THEN c.meetings ELSE 0 END) AS signing,
    sum(CASE WHEN c.kind = 'conference' THEN c.meetings ELSE 0 END) AS conference
FROM meeting_months c
GROUP BY period
ORDER BY period = 'unknown', period;
