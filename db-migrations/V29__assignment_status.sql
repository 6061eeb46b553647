-- An editor's queue counted from their assignments alone: each assignment carries its article's status (kept by the
-- article repository with the article's), so an editor's counts per status read one index range, not an article row
-- per assignment.
ALTER TABLE article_assignment ADD COLUMN status VARCHAR(20) NOT NULL DEFAULT 'NEW';
UPDATE article_assignment SET status = (SELECT a.status FROM article a WHERE a.id = article_assignment.article_id);
CREATE INDEX ix_article_assignment_user_status ON article_assignment (user_id, status, article_id);
DROP INDEX ix_article_assignment_user;
