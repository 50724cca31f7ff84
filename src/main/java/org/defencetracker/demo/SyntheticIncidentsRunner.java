package org.defencetracker.demo;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.defencetracker.config.DefenceTrackerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Adds {@code defence-tracker.generate-incidents} synthetic incidents at start-up, after the demo case, then the
 * bodies, acts and statements of {@code defence-tracker.generate.*}.
 */
@Component
@Order(10)
class SyntheticIncidentsRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SyntheticIncidentsRunner.class);

    private final SyntheticIncidents incidents;
    private final SyntheticRecords records;
    private final DefenceTrackerProperties properties;
    private final QuietUpkeep upkeep;

    SyntheticIncidentsRunner(
            SyntheticIncidents incidents,
            SyntheticRecords records,
            DefenceTrackerProperties properties,
            QuietUpkeep upkeep) {
        this.incidents = incidents;
        this.records = records;
        this.properties = properties;
        this.upkeep = upkeep;
    }

    @Override
    public void run(ApplicationArguments args) {
        DefenceTrackerProperties.Generate generate = properties.generate();
        if (properties.generateIncidents() == 0 && generate.bodies() == 0) {
            return;
        }
        List<String> tables = upkeep.pause();
        try {
            generate(generate);
        } finally {
            long started = System.nanoTime();
            upkeep.resume(tables);
            log.info("Vacuumed and analysed {} tables after generating in {} s", tables.size(), seconds(started));
        }
    }

    private void generate(DefenceTrackerProperties.Generate generate) {
        // The acts are written beside the incidents: their entries are counted apart from the incidents', so
        // neither waits for the other. The statements speak about both, so they follow.
        CompletableFuture<List<Long>> acts = CompletableFuture.supplyAsync(() -> {
            if (generate.bodies() == 0) {
                return List.of();
            }
            long started = System.nanoTime();
            List<Long> bodies = records.bodies(generate.bodies(), 43);
            log.info("Generated {} synthetic bodies in {} s", bodies.size(), seconds(started));
            started = System.nanoTime();
            List<Long> issued = records.acts(generate.acts(), bodies, 44);
            log.info("Generated {} synthetic acts in {} s", issued.size(), seconds(started));
            return issued;
        });
        int count = properties.generateIncidents();
        if (count > 0) {
            long started = System.nanoTime();
            int added = incidents.generate(count, 42);
            log.info("Generated {} synthetic incidents in {} s", added, seconds(started));
        }
        List<Long> issued = acts.join();
        if (generate.bodies() > 0) {
            long started = System.nanoTime();
            int statements = records.statements(generate.statements(), issued, 45);
            log.info("Generated {} synthetic statements in {} s", statements, seconds(started));
        }
    }

    private static long seconds(long started) {
        return (System.nanoTime() - started) / 1_000_000_000;
    }
}
