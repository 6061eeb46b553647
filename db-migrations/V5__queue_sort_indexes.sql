-- The review queue sorts by title and by published date over the whole corpus; without these indexes a
-- sorted page of a 1M-article queue sorts every row (measured: seconds, docs/benchmarks.md).
CREATE INDEX ix_article_title ON article (title);
CREATE INDEX ix_article_published_on ON article (published_on);

-- The queue's usual filter pairs: an outlet's (or a language's, or an editor's) articles in one status.
CREATE INDEX ix_article_outlet_status ON article (outlet, status);
CREATE INDEX ix_article_language_status ON article (language, status);
CREATE INDEX ix_article_assigned_status ON article (assigned_to, status);
