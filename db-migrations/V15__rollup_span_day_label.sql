-- Spans per editor per day by label too, so the progress report can be narrowed to one label.
ALTER TABLE rollup_span_day ADD COLUMN label VARCHAR(60);
DROP VIEW v_rollup_span_day;
CREATE VIEW v_rollup_span_day AS SELECT on_day, annotator, label, spans FROM rollup_span_day;
