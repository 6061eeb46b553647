-- title: Agreement over time
-- description: Exact span F1 between editors per month (of the pair's latest change on the article), per label: 2 · matches / (spans of A + spans of B) over every pair of editors who annotated the same article. Formulas: docs/agreement.md.
-- chart: line x=in_month y=exact_f1 series=label
-- param: label text Label (e.g. CLAIM; empty: all)
-- param: outlet text Outlet (empty: all)
SELECT CAST(DATE_TRUNC('MONTH', annotated_at) AS DATE) AS in_month,
       label,
       COUNT(DISTINCT article_id) AS articles,
       SUM(spans_a) + SUM(spans_b) AS spans,
       SUM(exact_matches) AS exact_matches,
       ROUND(CAST(2 * SUM(exact_matches) AS DECIMAL(20, 6)) / NULLIF(SUM(spans_a) + SUM(spans_b), 0), 3) AS exact_f1
FROM v_agreement_article
WHERE (CAST(:label AS VARCHAR(60)) IS NULL OR UPPER(label) = UPPER(CAST(:label AS VARCHAR(60))))
  AND (CAST(:outlet AS VARCHAR(300)) IS NULL OR outlet = CAST(:outlet AS VARCHAR(300)))
GROUP BY CAST(DATE_TRUNC('MONTH', annotated_at) AS DATE), label
ORDER BY in_month, label
