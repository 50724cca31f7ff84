package org.defencetracker.demo;

import org.defencetracker.config.DefenceTrackerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Adds {@code defence-tracker.generate-incidents} synthetic incidents at start-up, after the demo case. */
@Component
@Order(10)
class SyntheticIncidentsRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SyntheticIncidentsRunner.class);

    private final SyntheticIncidents generator;
    private final DefenceTrackerProperties properties;

    SyntheticIncidentsRunner(SyntheticIncidents generator, DefenceTrackerProperties properties) {
        this.generator = generator;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        int count = properties.generateIncidents();
        if (count > 0) {
            long started = System.nanoTime();
            int added = generator.generate(count, 42);
            log.info("Generated {} synthetic incidents in {} s", added, (System.nanoTime() - started) / 1_000_000_000);
        }
    }
}
