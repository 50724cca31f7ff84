package org.defencetracker.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.UUID;
import org.defencetracker.DefenceTrackerApplication;
import org.defencetracker.body.BodyKind;
import org.defencetracker.body.BodyService;
import org.defencetracker.body.BodyView;
import org.defencetracker.body.CreateBody;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded database keeps what was written when the app stops, and finds it again on the next start. */
class EmbeddedDatabasePersistenceTest {

    @TempDir
    Path folder;

    @BeforeEach
    void requireTheEmbeddedDatabase() {
        assumeTrue(EmbeddedDatabase.isTheDefault(), "a datasource is configured, so the embedded one is not used");
    }

    @Test
    void keepsDataAcrossRestarts() {
        Path dataDirectory = folder.resolve("postgres");
        String name = "Persistence test agency " + UUID.randomUUID();

        BodyView created;
        try (ConfigurableApplicationContext app = start(dataDirectory)) {
            created = app.getBean(BodyService.class)
                    .create(new CreateBody(BodyKind.AGENCY, null, "KZ", name, null, null, null));
        }
        assertThat(dataDirectory.resolve("PG_VERSION")).isRegularFile();

        try (ConfigurableApplicationContext app = start(dataDirectory)) {
            assertThat(app.getBean(BodyService.class).findByName("KZ", name))
                    .hasValueSatisfying(found -> assertThat(found.id()).isEqualTo(created.id()));
        }
    }

    /**
     * Starts the whole app as {@code main} would. The settings go in as command-line arguments: properties set
     * with {@code SpringApplicationBuilder.properties} are defaults, which application.yml overrides.
     */
    private static ConfigurableApplicationContext start(Path dataDirectory) {
        return new SpringApplicationBuilder(DefenceTrackerApplication.class)
                .main(DefenceTrackerApplication.class)
                .run(
                        "--defence-tracker.embedded.data-directory=" + dataDirectory,
                        "--defence-tracker.embedded.temporary=false",
                        "--defence-tracker.embedded.binaries-directory=" + EmbeddedDatabase.binariesDirectory(),
                        "--defence-tracker.demo-data=false",
                        "--server.port=0");
    }
}
