package org.defencetracker.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.defencetracker.DefenceTrackerApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the embedded PostgreSQL cannot start, the app stops with one line that says what to do, not a stack
 * trace. The app runs in a child JVM because a failed start ends the process.
 */
class EmbeddedDatabaseFailureTest {

    @TempDir
    Path folder;

    @BeforeEach
    void requireTheEmbeddedDatabase() {
        assumeTrue(EmbeddedDatabase.isTheDefault(), "a datasource is configured, so the embedded one is not used");
    }

    @Test
    void stopsWithOneLineThatSaysWhatToDo() throws IOException, InterruptedException {
        // initdb cannot make a cluster where a regular file stands.
        Path notAFolder = Files.writeString(folder.resolve("not-a-folder"), "a file, not a data folder");
        Path output = folder.resolve("output.txt");
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        DefenceTrackerApplication.class.getName(),
                        "--defence-tracker.embedded.data-directory=" + notAFolder,
                        "--defence-tracker.embedded.binaries-directory=" + EmbeddedDatabase.binariesDirectory(),
                        "--defence-tracker.demo-data=false",
                        "--server.port=0")
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().remove("SPRING_DATASOURCE_URL");

        Process app = builder.start();
        if (!app.waitFor(90, TimeUnit.SECONDS)) {
            app.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            fail("the app still ran after 90 s instead of stopping:%n%s", Files.readString(output));
        }
        String printed = Files.readString(output);
        List<String> lines = printed.lines().toList();

        assertThat(app.exitValue()).as(printed).isNotZero();
        assertThat(lines)
                .as(printed)
                .anySatisfy(line -> assertThat(line)
                        .contains("The embedded PostgreSQL cannot start (")
                        .contains("). Set SPRING_DATASOURCE_URL"));
        assertThat(lines)
                .as("no stack trace in:%n%s", printed)
                .noneMatch(line -> line.startsWith("\tat ") || line.startsWith("Caused by:"));
    }
}
