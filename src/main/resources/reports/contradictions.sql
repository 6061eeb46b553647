-- title: Contradictions: different figures for the same thing
-- description: Figures of the same claim type that differ where they should agree: within one canonical claim, or, for figures not linked to one, about the same subject (the figure's unit, e.g. "tanks") in the same story (the articles that tell one event). With who gave which figure.
-- chart: none
-- param: claim_type text Claim type (e.g. military_loss; empty: all)
SELECT f.claim_type, f.subject, f.figure, f.figure_unit, f.source, f.mentions, f.example,
       CASE WHEN f.claim_id IS NOT NULL THEN 'canonical claim ' || CAST(f.claim_id AS VARCHAR(20))
            ELSE 'story ' || CAST(f.story_cluster AS VARCHAR(20)) END AS compared_within
FROM v_rollup_figure f
WHERE (CAST(:claim_type AS VARCHAR(40)) IS NULL OR f.claim_type = CAST(:claim_type AS VARCHAR(40)))
  AND (f.claim_type, f.subject, COALESCE(f.claim_id, 0), COALESCE(f.story_cluster, 0)) IN (
    SELECT g.claim_type, g.subject, COALESCE(g.claim_id, 0), COALESCE(g.story_cluster, 0) FROM v_rollup_figure g
    GROUP BY g.claim_type, g.subject, COALESCE(g.claim_id, 0), COALESCE(g.story_cluster, 0)
    HAVING COUNT(DISTINCT g.figure) > 1)
ORDER BY f.claim_type, f.subject, compared_within, f.figure DESC, f.source
