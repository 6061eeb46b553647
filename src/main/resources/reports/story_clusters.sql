-- title: Story clusters and duplicates
-- description: Stories told by more than one article: how many copies, from how many outlets, how many marked duplicate.
-- chart: bar label=first_title value=articles,outlets
-- param: min_articles number At least this many articles (default 2)
SELECT story_cluster, first_title, articles, outlets, duplicates
FROM v_rollup_story
WHERE articles >= COALESCE(CAST(:min_articles AS INTEGER), 2)
ORDER BY articles DESC, story_cluster
FETCH FIRST 200 ROWS ONLY
