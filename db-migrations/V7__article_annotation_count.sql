-- How many annotations an article has, kept by the annotation service in the same transaction as each
-- create and delete, so the queue's "has annotations" filter reads a column instead of probing per row.
ALTER TABLE article ADD COLUMN annotation_count INTEGER DEFAULT 0 NOT NULL;
UPDATE article SET annotation_count = (SELECT COUNT(*) FROM annotation n WHERE n.article_id = article.id);
CREATE INDEX ix_article_annotation_count ON article (annotation_count);
