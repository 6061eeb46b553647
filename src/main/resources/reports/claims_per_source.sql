-- title: Claims per source, with verdicts
-- description: Claim spans attributed to each registry source, counted by the claim's verdict.
-- chart: bar label=source value=supported,disputed,refuted,unverified
SELECT source,
       SUM(claims) AS claims,
       SUM(CASE WHEN verdict = 'supported' THEN claims ELSE 0 END) AS supported,
       SUM(CASE WHEN verdict = 'disputed' THEN claims ELSE 0 END) AS disputed,
       SUM(CASE WHEN verdict = 'refuted' THEN claims ELSE 0 END) AS refuted,
       SUM(CASE WHEN verdict = 'unverified' OR verdict IS NULL THEN claims ELSE 0 END) AS unverified
FROM v_rollup_source_claim
GROUP BY source
ORDER BY claims DESC, source
