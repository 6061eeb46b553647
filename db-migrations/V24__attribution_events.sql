-- An attribution may name no source: attribution corpora mark a claim with its cue and nobody saying it ("Allegations
-- of fraud") as an event without a Source argument. And it may keep the span its brat event was anchored on (the
-- trigger, e.g. "Attribution 756 759 say"), so that brat in gives the same E lines out.
ALTER TABLE attribution ALTER COLUMN source_annotation_id DROP NOT NULL;
ALTER TABLE attribution ADD COLUMN trigger_annotation_id BIGINT REFERENCES annotation (id);
CREATE INDEX ix_attribution_cue ON attribution (cue_annotation_id);
CREATE INDEX ix_attribution_trigger ON attribution (trigger_annotation_id);

DROP VIEW v_attribution;
CREATE VIEW v_attribution AS
SELECT t.id,
       c.article_id,
       t.claim_annotation_id,
       c.covered_text AS claim_text,
       t.source_annotation_id,
       s.covered_text AS source_text,
       s.source_id AS registry_source_id,
       rs.name AS registry_source_name,
       t.cue_annotation_id,
       q.covered_text AS cue_text,
       u.username AS created_by,
       t.created_at,
       t.trigger_annotation_id
FROM attribution t
JOIN annotation c ON c.id = t.claim_annotation_id
LEFT JOIN annotation s ON s.id = t.source_annotation_id
LEFT JOIN annotation q ON q.id = t.cue_annotation_id
LEFT JOIN registry_source rs ON rs.id = s.source_id
LEFT JOIN app_user u ON u.id = t.created_by;
