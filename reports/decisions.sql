-- name: decisions
-- description: What people decided about the catalog (decisions.csv), oldest first: the subject, the action and its value, why, who, when, and the file and line it came from.
-- column: subject | The key the decision is about: a meeting's, a person's, an organization's or a place's.
-- column: action | What was decided: reject, accept, merge, distinct, set-date, set-place, set-kind, add-participant, remove-participant, add-alias or rename (see catalog_docs of decisions.action).
-- column: value | What the action needs: a key, a date, a place key, a kind, a participant or a name; empty for accept and for the reject of a whole meeting or entity.
-- column: reason | Why, in the words of the person who decided.
-- column: author | Who decided: `diplocat import --by NAME`, or the login name of the user who imported the file.
-- column: decided_at | When the decision was first imported (UTC, ISO 8601).
-- column: source | The decisions file and line it was read from (FILE:LINE).
-- column: effect | What it does now: in effect; removed or merged (what went is kept in decisions.removed), with a rejected name's kind and mentions; nothing to remove; or subject no longer in the catalog.
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
