-- title: Progress: spans per editor per day
-- description: Annotations created per annotator and day, in a date range (default: everything), optionally of one label.
-- chart: line x=on_day y=spans series=annotator
-- param: from date From (YYYY-MM-DD)
-- param: to date To (YYYY-MM-DD, inclusive)
-- param: label text Label (e.g. CLAIM; empty: all)
SELECT on_day, annotator, SUM(spans) AS spans
FROM v_rollup_span_day
WHERE (CAST(:from AS DATE) IS NULL OR on_day >= CAST(:from AS DATE))
  AND (CAST(:to AS DATE) IS NULL OR on_day <= CAST(:to AS DATE))
  AND (CAST(:label AS VARCHAR(60)) IS NULL OR UPPER(label) = UPPER(CAST(:label AS VARCHAR(60))))
GROUP BY on_day, annotator
ORDER BY on_day, annotator
