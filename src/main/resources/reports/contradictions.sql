-- title: Contradictions: different figures for the same thing
-- description: Claims of the same type about the same subject (the canonical claim's subject, else the figure's unit, e.g. "tanks") whose figures differ, with who gave which figure.
-- chart: none
-- param: claim_type text Claim type (e.g. military_loss; empty: all)
SELECT x.claim_type, x.subject, x.figure, x.figure_unit, x.source, COUNT(*) AS mentions,
       MIN(x.text) AS example
FROM (
    SELECT n.claim_type, COALESCE(c.subject, n.figure_unit) AS subject, n.figure, n.figure_unit, n.text,
           COALESCE(t.registry_source_name, t.source_text, '(unattributed)') AS source
    FROM v_annotation n
    LEFT JOIN v_claim c ON c.id = n.claim_id
    LEFT JOIN v_attribution t ON t.claim_annotation_id = n.id
    WHERE n.kind = 'CLAIM' AND n.figure IS NOT NULL AND n.claim_type IS NOT NULL
      AND (CAST(:claim_type AS VARCHAR(40)) IS NULL OR n.claim_type = CAST(:claim_type AS VARCHAR(40)))
) x
WHERE (x.claim_type, x.subject) IN (
    SELECT n.claim_type, COALESCE(c.subject, n.figure_unit)
    FROM v_annotation n LEFT JOIN v_claim c ON c.id = n.claim_id
    WHERE n.kind = 'CLAIM' AND n.figure IS NOT NULL AND n.claim_type IS NOT NULL
    GROUP BY n.claim_type, COALESCE(c.subject, n.figure_unit)
    HAVING COUNT(DISTINCT n.figure) > 1)
GROUP BY x.claim_type, x.subject, x.figure, x.figure_unit, x.source
ORDER BY x.claim_type, x.subject, x.figure DESC, x.source
