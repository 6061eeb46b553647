-- title: Corroboration: canonical claims across articles and outlets
-- description: Canonical claims by how many articles and distinct outlets carry them; a claim seen by one outlet only is uncorroborated.
-- chart: bar label=statement value=articles,outlets
SELECT c.statement, c.claim_type, c.verdict, c.article_count AS articles, c.outlet_count AS outlets,
       c.mention_count AS mentions
FROM v_claim c
WHERE c.merged_into IS NULL
ORDER BY c.outlet_count DESC, c.article_count DESC, c.statement
