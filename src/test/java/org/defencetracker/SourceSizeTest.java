package org.defencetracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A class that grows past a screenful or five does more than one thing: it is split before it lands. */
class SourceSizeTest {

    private static final int MOST_LINES = 300;

    @Test
    void noMainSourceFileIsLongerThanItsLimit() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            sources = files.filter(file -> file.toString().endsWith(".java")).toList();
        }
        assertThat(sources).as("the main sources").hasSizeGreaterThan(100);
        List<String> tooLong = sources.stream()
                .filter(file -> lines(file) > MOST_LINES)
                .map(file -> file + ": " + lines(file) + " lines")
                .toList();
        assertThat(tooLong).as("files over " + MOST_LINES + " lines").isEmpty();
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException ex) {
            throw new IllegalStateException(file.toString(), ex);
        }
    }
}
