-- title: Canonical sources by outlet
-- description: Which outlets quote which registry sources, and how often.
-- chart: bar label=source value=mentions
-- param: outlet text Outlet (empty: all)
SELECT a.outlet, s.name AS source, COUNT(*) AS mentions, COUNT(DISTINCT a.id) AS articles
FROM v_annotation n
JOIN v_source s ON s.id = n.source_id
JOIN v_article a ON a.id = n.article_id
WHERE n.source_id IS NOT NULL
  AND (CAST(:outlet AS VARCHAR(300)) IS NULL OR a.outlet = CAST(:outlet AS VARCHAR(300)))
GROUP BY a.outlet, s.name
ORDER BY mentions DESC, a.outlet, s.name
