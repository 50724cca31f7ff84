package org.defencetracker.config;

import java.nio.file.Path;
import org.springframework.util.StringUtils;

/** What the embedded-database tests need to know about the machine they run on. */
final class EmbeddedDatabase {

    private EmbeddedDatabase() {}

    /**
     * Whether the tests run on the embedded PostgreSQL. With a server configured, the build may run where the
     * embedded one cannot (or should not) start, so these tests are skipped rather than passed.
     */
    static boolean isTheDefault() {
        return !StringUtils.hasText(System.getenv("SPRING_DATASOURCE_URL"))
                && !StringUtils.hasText(System.getProperty("spring.datasource.url"));
    }

    /** The folder the test contexts unpack the PostgreSQL binaries into: reused so they are unpacked once. */
    static Path binariesDirectory() {
        return Path.of(System.getProperty("java.io.tmpdir"), "defence-tracker-pg-binaries");
    }
}
