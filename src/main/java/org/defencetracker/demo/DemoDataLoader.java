package org.defencetracker.demo;

import org.defencetracker.shared.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Loads the demo case at start-up, before the web server opens, when {@code defence-tracker.demo-data} is on and the
 * database is empty.
 */
@Component
@ConditionalOnProperty(name = "defence-tracker.demo-data", havingValue = "true", matchIfMissing = true)
class DemoDataLoader extends StartupTask {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoData demo;

    DemoDataLoader(DemoData demo) {
        super(0);
        this.demo = demo;
    }

    @Override
    protected void perform() {
        if (demo.loadIntoEmptyDatabase()) {
            log.info("Loaded the demo case (Kazakhstan, 2025) into the empty database");
        }
    }
}
