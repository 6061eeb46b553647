package org.corpusdesk.report.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.corpusdesk.report.QueryResult;

/** A query result as a grid (its rows rendered page by page as they scroll) and as a CSV download. */
final class ResultGrid extends Grid<List<Object>> {

    private QueryResult result = new QueryResult(List.of(), List.of(), false);

    ResultGrid() {
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setPageSize(100);
        setHeight("420px");
    }

    void show(QueryResult r) {
        this.result = r;
        removeAllColumns();
        for (int i = 0; i < r.columns().size(); i++) {
            int column = i;
            addColumn(row -> row.get(column) == null ? "" : row.get(column).toString())
                    .setHeader(r.columns().get(i)).setResizable(true).setAutoWidth(true);
        }
        setItems(r.rows());
    }

    QueryResult result() {
        return result;
    }

    /** An anchor that downloads the current result as {@code name}.csv. */
    Anchor csvDownload(String id, java.util.function.Supplier<String> fileName) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(event -> {
            StringWriter out = new StringWriter();
            try {
                result.writeCsv(out);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName.get() + ".csv", "text/csv", bytes.length);
        }), "Download CSV");
        a.setId(id);
        a.getElement().setAttribute("download", true);
        return a;
    }
}
