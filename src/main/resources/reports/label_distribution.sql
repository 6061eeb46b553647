-- title: Label distribution
-- description: Spans per label and kind, optionally for one outlet.
-- chart: bar label=label value=spans
-- param: outlet text Outlet (empty: all)
SELECT n.label, n.kind, COUNT(*) AS spans, COUNT(DISTINCT n.article_id) AS articles
FROM v_annotation n
WHERE CAST(:outlet AS VARCHAR(300)) IS NULL
   OR n.article_id IN (SELECT a.id FROM v_article a WHERE a.outlet = CAST(:outlet AS VARCHAR(300)))
GROUP BY n.label, n.kind
ORDER BY spans DESC, n.label
