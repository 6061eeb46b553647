-- title: Import problems
-- description: Rejected files and records, and warnings about imported ones, per import reason (the most frequent first).
-- chart: bar label=reason value=problems
SELECT p.reason, p.kind, COUNT(*) AS problems, COUNT(DISTINCT p.file) AS files, MIN(p.batch_id) AS first_batch,
       MAX(p.batch_id) AS last_batch, MIN(p.file) AS example_file
FROM v_import_problem p
GROUP BY p.reason, p.kind
ORDER BY problems DESC, p.kind, p.reason
