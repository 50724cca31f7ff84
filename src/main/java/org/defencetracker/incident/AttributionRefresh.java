package org.defencetracker.incident;

import java.sql.Timestamp;
import java.time.Clock;
import org.defencetracker.shared.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At start-up, brings the attribution stored on the timeline in line with the rule that derives it from the claim
 * ledger. The timeline keeps the status so that it can be filtered and counted; when the rule changes, entries
 * written under the former rule would otherwise keep a status their ledger no longer supports. It runs only when
 * the rule's {@link #RULE_VERSION} differs from the one last applied to this database (every incident spoken
 * about is derived again: minutes with a million incidents), and writes only the entries that differ. It is done
 * before the web server opens, so no reader filters by a status the ledger no longer supports.
 */
@Component
class AttributionRefresh extends StartupTask {

    /** Raise it with every change of {@link Attribution#from}'s outcome, so stored entries follow at the next start. */
    static final int RULE_VERSION = 2;

    static final String RULE = "attribution";

    private static final Logger log = LoggerFactory.getLogger(AttributionRefresh.class);

    private final IncidentEntries entries;
    private final JdbcClient jdbc;
    private final Clock clock;

    AttributionRefresh(IncidentEntries entries, JdbcClient jdbc, Clock clock) {
        super(2);
        this.entries = entries;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    protected void perform() {
        Integer applied = jdbc.sql("select version from applied_rule where name = :name")
                .param("name", RULE)
                .query(Integer.class)
                .optional()
                .orElse(null);
        if (applied != null && applied == RULE_VERSION) {
            return;
        }
        int written = entries.refreshAttributions();
        if (written > 0) {
            log.info("Derived the attribution of {} incidents again from their claim ledgers", written);
        }
        jdbc.sql("""
                        insert into applied_rule (name, version, applied_at) values (:name, :version, :at)
                        on conflict (name) do update set version = excluded.version, applied_at = excluded.applied_at
                        """)
                .param("name", RULE)
                .param("version", RULE_VERSION)
                .param("at", Timestamp.from(clock.instant()))
                .update();
    }
}
