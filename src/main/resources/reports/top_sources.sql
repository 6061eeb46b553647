-- title: Top canonical sources
-- description: Registry sources by mentions (spans linked to them) and by the articles and outlets they appear in.
-- chart: bar label=source value=mentions,articles
-- param: limit number Rows (default 20)
SELECT s.name AS source, s.kind, s.mention_count AS mentions, s.article_count AS articles
FROM v_source s
WHERE s.merged_into IS NULL AND s.mention_count > 0
ORDER BY s.mention_count DESC, s.name
FETCH FIRST (COALESCE(CAST(:limit AS INTEGER), 20)) ROWS ONLY
