-- title: Claims per source, with verdicts
-- description: Claim spans attributed to each registry source, counted by the claim's verdict.
-- chart: bar label=source value=supported,disputed,refuted,unverified
SELECT t.registry_source_name AS source,
       COUNT(*) AS claims,
       SUM(CASE WHEN c.verdict = 'supported' THEN 1 ELSE 0 END) AS supported,
       SUM(CASE WHEN c.verdict = 'disputed' THEN 1 ELSE 0 END) AS disputed,
       SUM(CASE WHEN c.verdict = 'refuted' THEN 1 ELSE 0 END) AS refuted,
       SUM(CASE WHEN c.verdict = 'unverified' OR c.verdict IS NULL THEN 1 ELSE 0 END) AS unverified
FROM v_attribution t
JOIN v_annotation c ON c.id = t.claim_annotation_id
WHERE t.registry_source_name IS NOT NULL
GROUP BY t.registry_source_name
ORDER BY claims DESC, source
