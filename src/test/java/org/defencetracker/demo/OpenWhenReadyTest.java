package org.defencetracker.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The web server opens its port only once the demo case and the first accounts are in the database, so the first
 * reader never meets a half-loaded timeline. What the database held at the moment the server opened is compared with
 * what it holds once start-up has finished.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "defence-tracker.demo-data=true")
@ActiveProfiles("test")
class OpenWhenReadyTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AtOpening atOpening;

    @Test
    void theServerOpensWithTheDemoCaseAlreadyLoaded() {
        assertThat(atOpening.demoBodies.get())
                .as("demo bodies in the database when the server opened")
                .isPositive()
                .isEqualTo(demoBodies(jdbc));
        assertThat(atOpening.entries.get())
                .as("timeline entries when the server opened")
                .isEqualTo(jdbc.sql("select count(*) from timeline_entry")
                        .query(Long.class)
                        .single());
    }

    private static long demoBodies(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from government_body where name_en = 'Ministry of Emergency Situations'")
                .query(Long.class)
                .single();
    }

    @TestConfiguration
    static class Watch {

        @Bean
        AtOpening atOpening(JdbcClient jdbc) {
            return new AtOpening(jdbc);
        }
    }

    static class AtOpening {

        private final JdbcClient jdbc;
        final AtomicLong demoBodies = new AtomicLong(-1);
        final AtomicLong entries = new AtomicLong(-1);

        AtOpening(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @EventListener
        void opened(WebServerInitializedEvent event) {
            demoBodies.set(demoBodies(jdbc));
            entries.set(jdbc.sql("select count(*) from timeline_entry")
                    .query(Long.class)
                    .single());
        }
    }
}
