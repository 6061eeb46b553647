-- title: Import problems
-- description: Rejected files and records per import batch, with the reason (the most frequent first).
-- chart: bar label=reason value=problems
SELECT p.reason, COUNT(*) AS problems, COUNT(DISTINCT p.file) AS files, MIN(p.batch_id) AS first_batch,
       MAX(p.batch_id) AS last_batch, MIN(p.file) AS example_file
FROM v_import_problem p
GROUP BY p.reason
ORDER BY problems DESC, p.reason
