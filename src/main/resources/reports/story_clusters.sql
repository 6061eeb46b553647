-- title: Story clusters and duplicates
-- description: Stories told by more than one article: how many copies, from how many outlets, how many marked duplicate.
-- chart: bar label=first_title value=articles,outlets
-- param: min_articles number At least this many articles (default 2)
SELECT a.story_cluster, MIN(a.title) AS first_title, COUNT(*) AS articles, COUNT(DISTINCT a.outlet) AS outlets,
       SUM(CASE WHEN a.duplicate_of IS NOT NULL THEN 1 ELSE 0 END) AS duplicates
FROM v_article a
GROUP BY a.story_cluster
HAVING COUNT(*) >= COALESCE(CAST(:min_articles AS INTEGER), 2)
ORDER BY articles DESC, a.story_cluster
FETCH FIRST 200 ROWS ONLY
