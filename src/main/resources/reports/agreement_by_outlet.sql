-- title: Agreement per outlet
-- description: Exact span F1 between editors on each outlet's articles, per label: where the guidelines fit the text less well. Formulas: docs/agreement.md.
-- chart: bar label=outlet,label value=exact_f1
-- param: label text Label (e.g. CLAIM; empty: all)
SELECT outlet,
       label,
       COUNT(DISTINCT article_id) AS articles,
       SUM(spans_a) + SUM(spans_b) AS spans,
       SUM(exact_matches) AS exact_matches,
       ROUND(CAST(2 * SUM(exact_matches) AS DECIMAL(20, 6)) / NULLIF(SUM(spans_a) + SUM(spans_b), 0), 3) AS exact_f1
FROM v_agreement_article
WHERE CAST(:label AS VARCHAR(60)) IS NULL OR UPPER(label) = UPPER(CAST(:label AS VARCHAR(60)))
GROUP BY outlet, label
ORDER BY outlet, label
