-- title: Progress: spans per editor per day
-- description: Annotations created per annotator and day, in a date range (default: everything).
-- chart: line x=on_day y=spans series=annotator
-- param: from date From (YYYY-MM-DD)
-- param: to date To (YYYY-MM-DD, inclusive)
SELECT on_day, annotator, spans
FROM v_rollup_span_day
WHERE (CAST(:from AS DATE) IS NULL OR on_day >= CAST(:from AS DATE))
  AND (CAST(:to AS DATE) IS NULL OR on_day <= CAST(:to AS DATE))
ORDER BY on_day, annotator
