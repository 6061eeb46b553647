-- title: Progress: spans per editor per day
-- description: Annotations created per annotator and day, in a date range (default: everything).
-- chart: line x=on_day y=spans series=annotator
-- param: from date From (YYYY-MM-DD)
-- param: to date To (YYYY-MM-DD, inclusive)
SELECT CAST(created_at AS DATE) AS on_day, annotator, COUNT(*) AS spans
FROM v_annotation
WHERE (CAST(:from AS DATE) IS NULL OR created_at >= CAST(:from AS DATE))
  AND (CAST(:to AS DATE) IS NULL OR created_at < CAST(:to AS DATE) + INTERVAL '1' DAY)
GROUP BY CAST(created_at AS DATE), annotator
ORDER BY on_day, annotator
