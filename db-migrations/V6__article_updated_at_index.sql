-- The search index follows the article table by updated_at every few seconds: without this index each pass
-- would read the whole table.
CREATE INDEX ix_article_updated_at ON article (updated_at);
