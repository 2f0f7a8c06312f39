-- Meetings per period and kind. A meeting's period is its month when its date is known to the
-- month, its year when known to the year only, and 'unknown' otherwise (as meeting_months
-- counts them for `report timeline`).
SELECT CASE WHEN date_earliest IS NULL OR date_latest IS NULL THEN 'unknown'
            WHEN substr(date_earliest, 1, 7) = substr(date_latest, 1, 7) THEN substr(date_earliest, 1, 7)
            ELSE substr(date_earliest, 1, 4) END AS period,
       kind,
       count(*) AS meetings
FROM chosen
GROUP BY 1, 2
ORDER BY 1, 2
