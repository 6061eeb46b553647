-- title: Metadata corrections per field
-- description: How often editors corrected each metadata field, and by how many people, in a date range.
-- chart: bar label=field value=corrections
-- param: from date From (YYYY-MM-DD)
-- param: to date To (YYYY-MM-DD, inclusive)
SELECT field, COUNT(*) AS corrections, COUNT(DISTINCT article_id) AS articles, COUNT(DISTINCT changed_by) AS editors
FROM v_metadata_revision
WHERE (CAST(:from AS DATE) IS NULL OR changed_at >= CAST(:from AS DATE))
  AND (CAST(:to AS DATE) IS NULL OR changed_at < CAST(:to AS DATE) + INTERVAL '1' DAY)
GROUP BY field
ORDER BY corrections DESC, field
