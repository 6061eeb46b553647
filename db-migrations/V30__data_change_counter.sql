-- A counter of committed changes to the tables the report rollups count, so that a report recomputes them only
-- when something changed since their last refresh. Raised once per writing transaction, just before it commits,
-- by report.RollupChangeCounter (a jOOQ listener); after every migration by afterMigrate.sql. rollup_state
-- remembers the count its rollups were computed at (null: never, so the first report recomputes them).
CREATE TABLE data_change (
    id       INTEGER NOT NULL PRIMARY KEY,
    changes  BIGINT  NOT NULL
);
INSERT INTO data_change (id, changes) VALUES (1, 0);
ALTER TABLE rollup_state ADD COLUMN changes_counted BIGINT;

DROP VIEW v_rollup_state;
CREATE VIEW v_rollup_state AS
SELECT r.refreshed_at, r.refresh_millis,
       CASE WHEN r.changes_counted IS NULL OR r.changes_counted <> c.changes THEN TRUE ELSE FALSE END AS changed_since
FROM rollup_state r CROSS JOIN data_change c WHERE r.id = 1 AND c.id = 1;
