-- title: Label distribution
-- description: Spans per label and kind, and the articles they are in, optionally for one outlet.
-- chart: bar label=label value=spans
-- param: outlet text Outlet (empty: all)
SELECT label, kind, SUM(spans) AS spans, SUM(articles) AS articles
FROM v_rollup_label_count
WHERE CAST(:outlet AS VARCHAR(300)) IS NULL OR outlet = CAST(:outlet AS VARCHAR(300))
GROUP BY label, kind
ORDER BY spans DESC, label
