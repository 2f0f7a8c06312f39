-- name: timeline
-- description: Meetings per year (or per month with -p by=month), by kind; meetings without a known year are counted under 'unknown'.
-- param: by | text | year | year or month
SELECT
    CASE WHEN m.date_earliest IS NULL THEN 'unknown'
         WHEN :by = 'month' THEN substr(m.date_earliest, 1, 7)
         ELSE substr(m.date_earliest, 1, 4) END AS period,
    count(*) AS meetings,
    sum(m.kind = 'meeting') AS meeting,
    sum(m.kind = 'reception') AS reception,
    sum(m.kind = 'visit') AS visit,
    sum(m.kind = 'signing') AS signing,
    sum(m.kind = 'conference') AS conference
FROM meetings m
GROUP BY period
ORDER BY period = 'unknown', period;
