-- The review queue's "has annotations" filter with a language, sorted by outlet, reads this index only:
-- with outlet in it, the page's ids are sorted from index entries instead of from the article rows (which
-- carry the texts). Replaces V10's (language, annotation_count), so an import maintains no extra index.
DROP INDEX IF EXISTS ix_article_language_annotated;
CREATE INDEX ix_article_language_annotated ON article (language, annotation_count, outlet);
