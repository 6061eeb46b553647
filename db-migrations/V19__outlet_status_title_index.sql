-- The review queue's status + outlet filter sorted by title reads this index only: with title in it, the
-- page's ids are sorted from index entries instead of from the article rows. Replaces V5's (outlet, status),
-- which also served the outlet's status counts and the outlet rollup; this one serves them the same way.
DROP INDEX IF EXISTS ix_article_outlet_status;
CREATE INDEX ix_article_outlet_status ON article (outlet, status, title);
