-- Report rollups: counts the heavy reports read instead of scanning millions of rows. Recomputed whole by
-- RollupService (before a report when a refresh is cheap, otherwise when older than the configured age);
-- v_rollup_state says when. docs/reporting.md, "Rollups".
CREATE TABLE rollup_article_count (
    status    VARCHAR(20)  NOT NULL,
    outlet    VARCHAR(300),
    articles  BIGINT       NOT NULL
);

CREATE TABLE rollup_span_day (
    on_day     DATE         NOT NULL,
    annotator  VARCHAR(100) NOT NULL,
    spans      BIGINT       NOT NULL
);

CREATE TABLE rollup_label_count (
    label     VARCHAR(60)  NOT NULL,
    kind      VARCHAR(10)  NOT NULL,
    outlet    VARCHAR(300),
    spans     BIGINT       NOT NULL,
    articles  BIGINT       NOT NULL
);

CREATE TABLE rollup_story (
    story_cluster  BIGINT        NOT NULL,
    first_title    VARCHAR(1000),
    articles       BIGINT        NOT NULL,
    outlets        BIGINT        NOT NULL,
    duplicates     BIGINT        NOT NULL
);
CREATE INDEX ix_rollup_story_articles ON rollup_story (articles);

CREATE TABLE rollup_source_claim (
    source   VARCHAR(300) NOT NULL,
    verdict  VARCHAR(40),
    claims   BIGINT       NOT NULL
);

CREATE TABLE rollup_figure (
    claim_type   VARCHAR(40)     NOT NULL,
    subject      VARCHAR(300),
    figure       DECIMAL(20, 4)  NOT NULL,
    figure_unit  VARCHAR(60),
    source       VARCHAR(300)    NOT NULL,
    mentions     BIGINT          NOT NULL,
    example      VARCHAR(100000)
);

CREATE TABLE rollup_state (
    id             INTEGER       NOT NULL PRIMARY KEY,
    refreshed_at   TIMESTAMP WITH TIME ZONE,
    refresh_millis BIGINT
);
INSERT INTO rollup_state (id, refreshed_at, refresh_millis) VALUES (1, NULL, NULL);

CREATE VIEW v_rollup_article_count AS SELECT status, outlet, articles FROM rollup_article_count;
CREATE VIEW v_rollup_span_day AS SELECT on_day, annotator, spans FROM rollup_span_day;
CREATE VIEW v_rollup_label_count AS SELECT label, kind, outlet, spans, articles FROM rollup_label_count;
CREATE VIEW v_rollup_story AS SELECT story_cluster, first_title, articles, outlets, duplicates FROM rollup_story;
CREATE VIEW v_rollup_source_claim AS SELECT source, verdict, claims FROM rollup_source_claim;
CREATE VIEW v_rollup_figure AS
SELECT claim_type, subject, figure, figure_unit, source, mentions, example FROM rollup_figure;
CREATE VIEW v_rollup_state AS SELECT refreshed_at, refresh_millis FROM rollup_state;
