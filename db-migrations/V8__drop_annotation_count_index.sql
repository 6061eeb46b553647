-- Measured on 1M articles: with this index H2 answered "language + has annotations" from it (100,000 rows)
-- in 1.7 s, against 0.3 s for the EXISTS probe the queue uses; the count column stays for display (the
-- queue's Spans column), the index goes.
DROP INDEX ix_article_annotation_count;
