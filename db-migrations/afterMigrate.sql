-- Flyway runs this after every migrate: a migration may have changed rows the report rollups count.
UPDATE data_change SET changes = changes + 1 WHERE id = 1;
