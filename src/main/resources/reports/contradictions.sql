-- title: Contradictions: different figures for the same thing
-- description: Claims of the same type about the same subject (the canonical claim's subject, else the figure's unit, e.g. "tanks") whose figures differ, with who gave which figure.
-- chart: none
-- param: claim_type text Claim type (e.g. military_loss; empty: all)
SELECT f.claim_type, f.subject, f.figure, f.figure_unit, f.source, f.mentions, f.example
FROM v_rollup_figure f
WHERE (CAST(:claim_type AS VARCHAR(40)) IS NULL OR f.claim_type = CAST(:claim_type AS VARCHAR(40)))
  AND (f.claim_type, f.subject) IN (
    SELECT g.claim_type, g.subject FROM v_rollup_figure g
    GROUP BY g.claim_type, g.subject HAVING COUNT(DISTINCT g.figure) > 1)
ORDER BY f.claim_type, f.subject, f.figure DESC, f.source
