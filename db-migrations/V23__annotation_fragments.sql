-- A discontinuous span (brat "T5 Source 10 14;20 25") keeps its fragments: code-point ranges "start end" joined
-- with ";", within start_cp..end_cp (its outer range, whose text is covered_text). NULL for a contiguous span.
ALTER TABLE annotation ADD COLUMN fragments VARCHAR(4000);

DROP VIEW v_annotation;
CREATE VIEW v_annotation AS
SELECT n.id,
       n.article_id,
       u.username AS annotator,
       l.name AS label,
       l.kind,
       n.start_cp,
       n.end_cp,
       n.covered_text AS text,
       n.attributes,
       ct.code AS claim_type,
       n.figure,
       n.figure_unit,
       n.figure_qualifier,
       v.code AS verdict,
       n.note,
       n.source_id,
       n.claim_id,
       n.created_at,
       n.updated_at,
       n.fragments
FROM annotation n
JOIN app_user u ON u.id = n.annotator_id
JOIN label l ON l.id = n.label_id
LEFT JOIN claim_type ct ON ct.id = n.claim_type_id
LEFT JOIN verdict v ON v.id = n.verdict_id;
