package org.corpusdesk.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Runs the reports of the catalog as the read-only account, with parameters bound, and draws their charts. */
@Service
public class ReportService {

    private final ReportCatalog catalog;
    private final ReadOnlyQueryRunner runner;
    private final RollupService rollups;

    public ReportService(ReportCatalog catalog, ReadOnlyQueryRunner runner, RollupService rollups) {
        this.catalog = catalog;
        this.runner = runner;
        this.rollups = rollups;
    }

    public List<ReportDefinition> reports() {
        return List.copyOf(catalog.all().values());
    }

    /**
     * Runs a report. {@code values} are the parameters as typed (empty or missing: not set); an unknown report or
     * parameter, or a value of the wrong type, is an IllegalArgumentException naming it.
     */
    @PreAuthorize("hasRole('CURATOR')")
    public ReportRun run(String name, Map<String, String> values) throws QueryRejectedException {
        return run(name, values, false);
    }

    /** As {@link #run(String, Map)}; {@code recount}: recompute the rollups first whatever their state. */
    @PreAuthorize("hasRole('CURATOR')")
    public ReportRun run(String name, Map<String, String> values, boolean recount) throws QueryRejectedException {
        ReportDefinition report = catalog.all().get(name);
        if (report == null) {
            throw new IllegalArgumentException("no report '" + name + "' (see report --list)");
        }
        for (String given : values.keySet()) {
            if (report.parameters().stream().noneMatch(p -> p.name().equals(given))) {
                throw new IllegalArgumentException("report " + name + " has no parameter '" + given + "'"
                        + (report.parameters().isEmpty() ? "" : " (it has: " + String.join(", ",
                        report.parameters().stream().map(ReportParameter::name).toList()) + ")"));
            }
        }
        Map<String, Object> bound = new LinkedHashMap<>();
        for (ReportParameter p : report.parameters()) {
            bound.put(p.name(), p.parse(values.get(p.name())));
        }
        RollupService.State counts = !report.usesRollups() ? null : recount ? rollups.refresh() : rollups.ensureFresh();
        long start = System.nanoTime();
        QueryResult result = runner.run(report.sql(), bound, runner.defaultTimeout(), runner.defaultMaxRows());
        double millis = (System.nanoTime() - start) / 1e6;
        return new ReportRun(report, bound, result, SvgChart.render(report.chart(), result), millis,
                counts == null ? null : counts.refreshedAt());
    }
}
