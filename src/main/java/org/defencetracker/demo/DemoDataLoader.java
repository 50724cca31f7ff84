package org.defencetracker.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Loads the demo case at start-up when {@code defence-tracker.demo-data} is on and the database is empty. */
@Component
@ConditionalOnProperty(name = "defence-tracker.demo-data", havingValue = "true", matchIfMissing = true)
@org.springframework.core.annotation.Order(0)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoData demo;

    DemoDataLoader(DemoData demo) {
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo.loadIntoEmptyDatabase()) {
            log.info("Loaded the demo case (Kazakhstan, 2025) into the empty database");
        }
    }
}
