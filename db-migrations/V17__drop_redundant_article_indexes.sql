-- Each of these single-column indexes is the leading column of a composite index that serves the same
-- filters and sorts: (outlet, status), (language, status) and (status, story_cluster, outlet). Every index
-- costs the importer on every row (docs/benchmarks.md: about 3 µs of writer time each at 100k articles).
DROP INDEX IF EXISTS ix_article_outlet;
DROP INDEX IF EXISTS ix_article_language;
DROP INDEX IF EXISTS ix_article_status;
