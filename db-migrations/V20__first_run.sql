-- The one-time setup creates the first administrator once, even when several setups are submitted at the same
-- moment (from browsers, or instances sharing one PostgreSQL): each inserts this table's only row in its own
-- transaction, and only one insert can succeed. A database that already has users is set up already.
CREATE TABLE first_run (
    id          INTEGER PRIMARY KEY,
    done_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT ck_first_run_one_row CHECK (id = 1)
);
INSERT INTO first_run (id) SELECT 1 WHERE EXISTS (SELECT 1 FROM app_user);
