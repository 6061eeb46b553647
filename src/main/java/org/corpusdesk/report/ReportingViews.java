package org.corpusdesk.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.springframework.stereotype.Service;

/** The documented views and their columns, for the SQL console's side panel. */
@Service
public class ReportingViews {

    /** A view and its columns with their SQL types. */
    public record View(String name, List<String> columns) {
    }

    private final DSLContext dsl;
    private volatile List<View> cached;

    public ReportingViews(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<View> views() {
        if (cached == null) {
            List<View> views = new ArrayList<>();
            for (Table<?> t : org.corpusdesk.jooq.DefaultSchema.DEFAULT_SCHEMA.getTables()) {
                String name = t.getName().toLowerCase(Locale.ROOT);
                if (name.startsWith("v_")) {
                    views.add(new View(name, java.util.Arrays.stream(t.fields())
                            .map(f -> f.getName().toLowerCase(Locale.ROOT) + " " + f.getDataType().getTypeName(dsl.configuration())
                                    .toLowerCase(Locale.ROOT)).toList()));
                }
            }
            views.sort(java.util.Comparator.comparing(View::name));
            cached = List.copyOf(views);
        }
        return cached;
    }
}
