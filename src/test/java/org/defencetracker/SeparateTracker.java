package org.defencetracker;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A second tracker beside the one under test, on a throw-away embedded PostgreSQL of its own: truly empty (or with
 * only the demo case), whatever the shared test database holds. The datasource is set empty on the command line,
 * which outranks SPRING_DATASOURCE_URL, so the embedded cluster starts even where the tests run on a configured
 * server. The caller closes it.
 */
public final class SeparateTracker {

    private SeparateTracker() {}

    /** The tracker without a web server, for its services. */
    public static ConfigurableApplicationContext start(boolean demo) {
        return run(demo, "--spring.main.web-application-type=none");
    }

    /** The tracker serving its pages on a free port ({@link #address}), for a browser. */
    public static ConfigurableApplicationContext serve(boolean demo) {
        return run(demo, "--server.port=0");
    }

    /** Where a tracker started by {@link #serve} answers. */
    public static String address(ConfigurableApplicationContext tracker) {
        return "http://localhost:" + tracker.getEnvironment().getProperty("local.server.port");
    }

    private static ConfigurableApplicationContext run(boolean demo, String web) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=",
                "--spring.datasource.username=",
                "--spring.datasource.password=",
                "--defence-tracker.embedded.temporary=true",
                "--defence-tracker.demo-data=" + demo));
        args.add(web);
        return new SpringApplicationBuilder(DefenceTrackerApplication.class)
                .main(DefenceTrackerApplication.class)
                .run(args.toArray(String[]::new));
    }
}
