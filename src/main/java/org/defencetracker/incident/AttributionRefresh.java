package org.defencetracker.incident;

import org.defencetracker.shared.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * At start-up, brings the attribution stored on the timeline in line with the rule that derives it from the claim
 * ledger. The timeline keeps the status so that it can be filtered and counted; when the rule changes, entries
 * written under the former rule would otherwise keep a status their ledger no longer supports. Only entries that
 * differ are written, so a start-up without a rule change writes nothing. It is done before the web server opens,
 * so no reader filters by a status the ledger no longer supports.
 */
@Component
class AttributionRefresh extends StartupTask {

    private static final Logger log = LoggerFactory.getLogger(AttributionRefresh.class);

    private final IncidentEntries entries;

    AttributionRefresh(IncidentEntries entries) {
        super(2);
        this.entries = entries;
    }

    @Override
    protected void perform() {
        int written = entries.refreshAttributions();
        if (written > 0) {
            log.info("Derived the attribution of {} incidents again from their claim ledgers", written);
        }
    }
}
