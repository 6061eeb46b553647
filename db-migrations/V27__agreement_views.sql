-- Exact span agreement for SQL: per article, label and pair of annotators who both annotated the article (each has a
-- span there), their spans of the label and how many of A's B has with the same label, start and end. Exact span F1
-- of a selection is 2 * SUM(exact_matches) / (SUM(spans_a) + SUM(spans_b)) (docs/agreement.md).
CREATE VIEW v_agreement_exact AS
SELECT p.article_id,
       l.name AS label,
       ua.username AS annotator_a,
       ub.username AS annotator_b,
       (SELECT COUNT(*) FROM annotation x
         WHERE x.article_id = p.article_id AND x.annotator_id = p.a AND x.label_id = l.id) AS spans_a,
       (SELECT COUNT(*) FROM annotation y
         WHERE y.article_id = p.article_id AND y.annotator_id = p.b AND y.label_id = l.id) AS spans_b,
       (SELECT COUNT(*) FROM annotation x
         WHERE x.article_id = p.article_id AND x.annotator_id = p.a AND x.label_id = l.id
           AND EXISTS (SELECT 1 FROM annotation y
                        WHERE y.article_id = x.article_id AND y.annotator_id = p.b AND y.label_id = x.label_id
                          AND y.start_cp = x.start_cp AND y.end_cp = x.end_cp)) AS exact_matches
FROM (SELECT DISTINCT la.article_id, la.annotator_id AS a, lb.annotator_id AS b
        FROM annotation la JOIN annotation lb ON lb.article_id = la.article_id AND lb.annotator_id > la.annotator_id) p
JOIN label l ON EXISTS (SELECT 1 FROM annotation z WHERE z.article_id = p.article_id AND z.label_id = l.id
                          AND z.annotator_id IN (p.a, p.b))
JOIN app_user ua ON ua.id = p.a
JOIN app_user ub ON ub.id = p.b;
