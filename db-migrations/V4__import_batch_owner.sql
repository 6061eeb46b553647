-- An import killed mid-run (kill -9, power loss) leaves its batch RUNNING. The owner (pid@host) and a
-- heartbeat written with every commit let the next import tell a dead run from a live one and mark it
-- INTERRUPTED; its committed articles stay, and a re-run skips them by content hash.
ALTER TABLE import_batch ADD COLUMN owner VARCHAR(300);
ALTER TABLE import_batch ADD COLUMN heartbeat_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE import_batch DROP CONSTRAINT ck_import_batch_status;
ALTER TABLE import_batch ADD CONSTRAINT ck_import_batch_status
    CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED', 'INTERRUPTED'));
