-- name: decisions
-- description: What people decided about the catalog (decisions.csv), oldest first: the subject, the action and its value, why, who, when, and the file and line it came from.
SELECT
    d.subject,
    d.action,
    d.value,
    d.reason,
    d.author,
    d.decided_at,
    d.file || ':' || d.line AS source,
    CASE
        -- A rejected name: which kind of name it was, and the mentions that went with it.
        WHEN d.action = 'reject' AND d.value <> '' AND d.removed IS NOT NULL THEN
            'removed the ' || coalesce(json_extract(d.removed, '$.kind'), '') || ' name and '
            || coalesce(json_extract(d.removed, '$.mentions'), 0) || ' mention(s), kept in decisions.removed'
        WHEN d.action = 'reject' AND d.removed IS NOT NULL THEN 'removed, kept in decisions.removed'
        WHEN d.action = 'merge' AND d.removed IS NOT NULL THEN 'merged, kept in decisions.removed'
        WHEN d.action IN ('reject', 'merge') THEN 'nothing to remove'
        WHEN EXISTS (SELECT 1 FROM meetings m WHERE m.key = d.subject)
          OR EXISTS (SELECT 1 FROM people p WHERE p.key = d.subject)
          OR EXISTS (SELECT 1 FROM organizations o WHERE o.key = d.subject)
          OR EXISTS (SELECT 1 FROM places pl WHERE pl.key = d.subject) THEN 'in effect'
        ELSE 'subject no longer in the catalog'
    END AS effect
FROM decisions d
ORDER BY d.id;
