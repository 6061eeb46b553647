-- Figures are compared within one canonical claim, or, for figures not linked to one, within one story cluster (the
-- same event told by several articles): two casualty figures "in people" from unrelated events are no contradiction.
ALTER TABLE rollup_figure ADD COLUMN claim_id BIGINT;
ALTER TABLE rollup_figure ADD COLUMN story_cluster BIGINT;

DROP VIEW v_rollup_figure;
CREATE VIEW v_rollup_figure AS
SELECT claim_type, subject, figure, figure_unit, source, mentions, example, claim_id, story_cluster FROM rollup_figure;
