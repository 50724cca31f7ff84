package org.defencetracker.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL from Maven-shipped binaries when no datasource is configured, so that a newcomer
 * needs only a JDK. Boot's own DataSource configuration backs off because this one defines the bean.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceConfigured.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    // Spring closes the server after the pool (beans are destroyed in reverse order of creation); zonky's own
    // shutdown hook would kill the server while the pool still holds connections.
    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(DefenceTrackerProperties properties) {
        DefenceTrackerProperties.Embedded settings = properties.embedded();
        try {
            Path dataDirectory;
            File binaries;
            if (settings.temporary()) {
                dataDirectory = Files.createTempDirectory("defence-tracker-pg");
                binaries = Path.of(System.getProperty("java.io.tmpdir"), "defence-tracker-pg-binaries")
                        .toFile();
            } else {
                EmbeddedFolders folders = EmbeddedFolders.of(settings);
                folders.check();
                dataDirectory = folders.data();
                binaries = folders.binaries().toFile();
            }
            binaries.mkdirs();
            long started = System.nanoTime();
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(settings.temporary())
                    .setOverrideWorkingDirectory(binaries)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("unix_socket_directories", dataDirectory.toString())
                    .start();
            log.info(
                    "Embedded PostgreSQL is up on 127.0.0.1:{} with data in {} ({} ms)",
                    postgres.getPort(),
                    settings.temporary() ? "a temporary folder" : dataDirectory,
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
            return postgres;
        } catch (EmbeddedDatabaseUnavailableException ex) {
            throw ex;
        } catch (IOException | RuntimeException ex) {
            throw EmbeddedDatabaseUnavailableException.from(ex);
        }
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariConfig config = new HikariConfig();
        // Batched inserts (imports, generated data) go over the wire as multi-row statements.
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true");
        config.setUsername("postgres");
        config.setPoolName("embedded");
        config.setMaximumPoolSize(10);
        // The same quick give-up as a configured server's pool (application.yml): a stopped database gets 503s.
        config.setConnectionTimeout(1000);
        config.setValidationTimeout(500);
        config.addDataSourceProperty("connectTimeout", "2");
        config.addDataSourceProperty("socketTimeout", "60");
        return new HikariDataSource(config);
    }
}
