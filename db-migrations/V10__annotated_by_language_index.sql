-- The queue's "has annotations" filter together with a language: a range of this index instead of a probe
-- of the annotation table for every article in the language (docs/benchmarks.md).
CREATE INDEX ix_article_language_annotated ON article (language, annotation_count);
