package org.corpusdesk.report;

import static org.corpusdesk.jooq.Tables.DATA_CHANGE;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.Configuration;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one writer of {@code data_change}: watches every statement the application's jOOQ runs and, when one wrote a
 * table the rollups count ({@link RollupService#COUNTED}), raises the counter once per transaction just before it
 * commits, so the new count and the rows become visible together (a refresh that read the old count cannot have
 * seen the rows); a write outside a transaction raises it at once. Watching the statements rather than calling it
 * from each repository means a new writer cannot forget it.
 */
@Component
public class RollupChangeCounter implements ExecuteListenerProvider, ExecuteListener {

    private static final Pattern WRITE = Pattern.compile(
            "\\s*(?:insert\\s+into|update|delete\\s+from|merge\\s+into)\\s+(?:[\"`]?\\w+[\"`]?\\.)*[\"`]?(\\w+)",
            Pattern.CASE_INSENSITIVE);

    @Override
    public ExecuteListener provide() {
        return this;
    }

    @Override
    public void executeEnd(ExecuteContext ctx) {
        if (!writesCounted(ctx)) {
            return;
        }
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isSynchronizationActive()) {
            if (TransactionSynchronizationManager.getSynchronizations().stream().noneMatch(RaiseBeforeCommit.class::isInstance)) {
                TransactionSynchronizationManager.registerSynchronization(new RaiseBeforeCommit(ctx.configuration()));
            }
        } else {
            raise(ctx.configuration());
        }
    }

    /** Whether the statement (or any statement of the batch) writes a counted table. */
    static boolean writesCounted(ExecuteContext ctx) {
        for (String sql : ctx.batchSQL()) {
            if (writesCounted(sql)) {
                return true;
            }
        }
        return writesCounted(ctx.sql());
    }

    static boolean writesCounted(String sql) {
        if (sql == null) {
            return false;
        }
        Matcher m = WRITE.matcher(sql);
        return m.lookingAt() && RollupService.COUNTED.contains(m.group(1).toLowerCase(Locale.ROOT));
    }

    private static void raise(Configuration configuration) {
        configuration.dsl().update(DATA_CHANGE).set(DATA_CHANGE.CHANGES, DATA_CHANGE.CHANGES.plus(1))
                .where(DATA_CHANGE.ID.eq(1)).execute();
    }

    private record RaiseBeforeCommit(Configuration configuration) implements TransactionSynchronization {
        @Override
        public void beforeCommit(boolean readOnly) {
            raise(configuration);
        }
    }
}
