package org.defencetracker.exchange;

import org.defencetracker.DefenceTrackerApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A second tracker beside the one under test, on a throw-away embedded PostgreSQL of its own, without a web server:
 * truly empty (or with only the demo case), whatever the shared test database holds. The datasource is set empty on
 * the command line, which outranks SPRING_DATASOURCE_URL, so the embedded cluster starts even where the tests run on
 * a configured server. The caller closes it.
 */
final class SeparateTracker {

    private SeparateTracker() {}

    static ConfigurableApplicationContext start(boolean demo) {
        return new SpringApplicationBuilder(DefenceTrackerApplication.class)
                .main(DefenceTrackerApplication.class)
                .run(
                        "--spring.datasource.url=",
                        "--spring.datasource.username=",
                        "--spring.datasource.password=",
                        "--spring.main.web-application-type=none",
                        "--defence-tracker.embedded.temporary=true",
                        "--defence-tracker.demo-data=" + demo);
    }
}
