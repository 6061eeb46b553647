-- title: Canonical sources by outlet
-- description: Which outlets quote which registry sources, and how often.
-- chart: bar label=outlet,source value=mentions
-- param: outlet text Outlet (empty: all)
SELECT outlet, source, mentions, articles
FROM v_rollup_source_outlet
WHERE CAST(:outlet AS VARCHAR(300)) IS NULL OR outlet = CAST(:outlet AS VARCHAR(300))
ORDER BY mentions DESC, outlet, source
