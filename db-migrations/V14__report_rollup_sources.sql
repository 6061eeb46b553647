-- Sources by outlet as a rollup too (the live join timed out at 10M spans), and the story rollup's index in
-- the order the report reads it.
CREATE TABLE rollup_source_outlet (
    outlet    VARCHAR(300),
    source    VARCHAR(300) NOT NULL,
    mentions  BIGINT       NOT NULL,
    articles  BIGINT       NOT NULL
);
CREATE VIEW v_rollup_source_outlet AS SELECT outlet, source, mentions, articles FROM rollup_source_outlet;

DROP INDEX ix_rollup_story_articles;
CREATE INDEX ix_rollup_story_order ON rollup_story (articles DESC, story_cluster);
