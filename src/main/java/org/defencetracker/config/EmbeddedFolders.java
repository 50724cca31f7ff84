package org.defencetracker.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.springframework.util.StringUtils;

/**
 * Where the embedded PostgreSQL keeps its data and where its binaries are unpacked. The two are kept apart: unpacked
 * into the data folder, the binaries would make it a folder that initdb refuses. Unless placed elsewhere, the
 * binaries go beside the data folder ({@code data/postgres} → {@code data/pg-binaries}, {@code ./data} →
 * {@code ./pg-binaries}).
 */
record EmbeddedFolders(Path data, Path binaries) {

    static EmbeddedFolders of(DefenceTrackerProperties.Embedded settings) {
        Path data = Path.of(settings.dataDirectory()).toAbsolutePath().normalize();
        Path binaries = StringUtils.hasText(settings.binariesDirectory())
                ? Path.of(settings.binariesDirectory()).toAbsolutePath().normalize()
                : beside(data);
        return new EmbeddedFolders(data, binaries);
    }

    private static Path beside(Path data) {
        Path parent = data.getParent();
        return parent == null ? data.resolve("pg-binaries") : parent.resolve("pg-binaries");
    }

    /** Refuses, in one line naming the folder, what would make initdb or the server fail for a reason of place. */
    void check() {
        if (binaries.startsWith(data)) {
            throw EmbeddedDatabaseUnavailableException.ofFolders("the binaries folder " + binaries
                    + " is inside the data folder " + data + "; set EMBEDDED_BINARIES_DIRECTORY to a folder"
                    + " outside it, or leave it unset to keep the binaries beside the data folder");
        }
        if (data.startsWith(binaries)) {
            throw EmbeddedDatabaseUnavailableException.ofFolders("the data folder " + data
                    + " is inside the binaries folder " + binaries
                    + "; set EMBEDDED_DATA_DIRECTORY to a folder outside it");
        }
        if (Files.isDirectory(data) && !Files.exists(data.resolve("PG_VERSION")) && holdsAnything(data)) {
            throw EmbeddedDatabaseUnavailableException.ofFolders("the folder " + data
                    + " holds other files and is not a PostgreSQL data folder; set EMBEDDED_DATA_DIRECTORY to an"
                    + " empty or new folder, or to the data folder of an earlier run");
        }
    }

    private static boolean holdsAnything(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isPresent();
        } catch (IOException ex) {
            throw EmbeddedDatabaseUnavailableException.ofFolders("the folder " + folder + " cannot be read ("
                    + ex.getMessage() + "); set EMBEDDED_DATA_DIRECTORY to a folder this account may use");
        }
    }
}
