package org.defencetracker.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.defencetracker.DefenceTrackerApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The embedded server's data folder is the operator's choice, and the binaries are kept apart from it: a new folder
 * such as {@code ./data} starts, and a folder that holds something else is refused with a line that names it.
 */
class EmbeddedFoldersTest {

    @TempDir
    Path folder;

    @BeforeEach
    void requireTheEmbeddedDatabase() {
        assumeTrue(EmbeddedDatabase.isTheDefault(), "a datasource is configured, so the embedded one is not used");
    }

    @Test
    void startsOnANewDataFolderNamedInTheEnvironmentWithTheBinariesBesideIt() throws Exception {
        Files.createDirectories(folder.resolve("data"));
        Path output = folder.resolve("output.txt");
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        DefenceTrackerApplication.class.getName(),
                        "--defence-tracker.demo-data=false",
                        "--server.port=0")
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().remove("SPRING_DATASOURCE_URL");
        builder.environment().put("EMBEDDED_DATA_DIRECTORY", "./data");

        Process app = builder.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!Files.readString(output).contains("Started DefenceTrackerApplication")) {
                if (!app.isAlive()) {
                    fail("the app stopped instead of starting:%n%s", Files.readString(output));
                }
                if (System.nanoTime() > deadline) {
                    fail("the app had not started after 120 s:%n%s", Files.readString(output));
                }
                Thread.sleep(250);
            }
        } finally {
            app.destroy();
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        assertThat(folder.resolve("data/PG_VERSION")).isRegularFile();
        assertThat(folder.resolve("pg-binaries")).isDirectory();
        try (var inData = Files.list(folder.resolve("data"))) {
            assertThat(inData.map(p -> p.getFileName().toString())).doesNotContain("pg-binaries");
        }
    }

    @Test
    void refusesAFolderThatHoldsOtherFilesSayingSoWithoutBlamingTheUser() throws IOException {
        Path data = Files.createDirectories(folder.resolve("notes"));
        Files.writeString(data.resolve("plan.txt"), "not a database");

        assertThatThrownBy(() -> start(data, EmbeddedDatabase.binariesDirectory()))
                .satisfies(failure -> assertThat(reportedLine(failure))
                        .contains(data.toString())
                        .contains("holds other files and is not a PostgreSQL data folder")
                        .contains("EMBEDDED_DATA_DIRECTORY")
                        .doesNotContain("root"));
        assertThat(data).isDirectoryContaining(p -> p.getFileName().toString().equals("plan.txt"));
        try (var inData = Files.list(data)) {
            assertThat(inData).hasSize(1);
        }
    }

    @Test
    void refusesBinariesInsideTheDataFolder() {
        Path data = folder.resolve("data");

        assertThatThrownBy(() -> start(data, data.resolve("pg-binaries")))
                .satisfies(failure -> assertThat(reportedLine(failure))
                        .contains("inside the data folder")
                        .contains("EMBEDDED_BINARIES_DIRECTORY"));
    }

    private static String reportedLine(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof EmbeddedDatabaseUnavailableException unavailable) {
                assertThat(unavailable.getMessage().lines()).hasSize(1);
                return unavailable.getMessage();
            }
        }
        throw new AssertionError("not reported as an embedded database failure", failure);
    }

    private static void start(Path data, Path binaries) {
        new SpringApplicationBuilder(DefenceTrackerApplication.class)
                .main(DefenceTrackerApplication.class)
                .run(
                        "--defence-tracker.embedded.data-directory=" + data,
                        "--defence-tracker.embedded.temporary=false",
                        "--defence-tracker.embedded.binaries-directory=" + binaries,
                        "--defence-tracker.demo-data=false",
                        "--server.port=0")
                .close();
    }
}
