-- An export killed mid-run (kill -9, power loss) stayed RUNNING for ever. Its owner (pid@host) lets the next
-- export, or the Export page, tell a dead run from a live one and mark it INTERRUPTED.
ALTER TABLE dataset_export ADD COLUMN owner VARCHAR(200);
ALTER TABLE dataset_export DROP CONSTRAINT ck_dataset_export_status;
ALTER TABLE dataset_export ADD CONSTRAINT ck_dataset_export_status
    CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED', 'INTERRUPTED'));
