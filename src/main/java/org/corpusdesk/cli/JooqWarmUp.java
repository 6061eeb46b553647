package org.corpusdesk.cli;

import org.corpusdesk.jooq.Tables;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * jOOQ's first use loads its type registry for every dialect (docs/benchmarks.md); a command that
 * will use jOOQ starts that on a second core while its database opens and its context starts.
 */
final class JooqWarmUp {

    private JooqWarmUp() {
    }

    static void start() {
        QuickQueries.quietLogging(); // before jOOQ's first use prints its banner, and before Spring sets up logging
        Thread warm = new Thread(() -> DSL.using(SQLDialect.H2).renderInlined(
                DSL.select(DSL.count()).from(Tables.ROLLUP_STATE)), "jooq-warm-up");
        warm.setDaemon(true);
        warm.start();
    }
}
