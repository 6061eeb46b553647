-- title: Progress: articles per status
-- description: How many articles are new, in progress, done, curated, approved or rejected, optionally for one outlet.
-- chart: bar label=status value=articles
-- param: outlet text Outlet (empty: all)
SELECT status, SUM(articles) AS articles
FROM v_rollup_article_count
WHERE CAST(:outlet AS VARCHAR(300)) IS NULL OR outlet = CAST(:outlet AS VARCHAR(300))
GROUP BY status
ORDER BY CASE status WHEN 'NEW' THEN 1 WHEN 'IN_PROGRESS' THEN 2 WHEN 'DONE' THEN 3 WHEN 'CURATED' THEN 4
    WHEN 'APPROVED' THEN 5 ELSE 6 END
