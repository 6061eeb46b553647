-- title: Agreement per editor
-- description: How often each editor's spans match the other editors' on the articles they shared: exact span F1 of the editor against everyone else, pooled over labels (or one label). Low figures show who needs more guidance. Formulas: docs/agreement.md.
-- chart: bar label=editor value=exact_f1
-- param: label text Label (e.g. CLAIM; empty: all)
SELECT editor,
       COUNT(DISTINCT article_id) AS articles,
       SUM(own_spans) AS spans,
       SUM(others_spans) AS others_spans,
       SUM(exact_matches) AS exact_matches,
       ROUND(CAST(2 * SUM(exact_matches) AS DECIMAL(20, 6)) / NULLIF(SUM(own_spans) + SUM(others_spans), 0), 3) AS exact_f1
FROM (SELECT annotator_a AS editor, article_id, label, spans_a AS own_spans, spans_b AS others_spans, exact_matches
        FROM v_agreement_article
      UNION ALL
      SELECT annotator_b, article_id, label, spans_b, spans_a, exact_matches
        FROM v_agreement_article) p
WHERE CAST(:label AS VARCHAR(60)) IS NULL OR UPPER(label) = UPPER(CAST(:label AS VARCHAR(60)))
GROUP BY editor
ORDER BY exact_f1, editor
