-- title: Top canonical sources
-- description: Registry sources by mentions (spans linked to them) and by the articles and outlets they appear in.
-- chart: bar label=source value=mentions,articles
-- param: limit number Rows (default 20)
SELECT source, SUM(mentions) AS mentions, SUM(articles) AS articles, COUNT(DISTINCT outlet) AS outlets
FROM v_rollup_source_outlet
GROUP BY source
ORDER BY mentions DESC, source
FETCH FIRST (COALESCE(CAST(:limit AS INTEGER), 20)) ROWS ONLY
