package org.defencetracker.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The application's own settings, under {@code defence-tracker.*}.
 *
 * @param demoData load the first case into an empty database at start-up
 * @param proximityDays how many days before and after an act or incident count as "near in time"
 * @param embedded the embedded PostgreSQL used when no datasource is configured
 * @param generateIncidents add this many synthetic incidents at start-up (load testing; never in production)
 * @param generate synthetic bodies, acts and statements to add at start-up, after the incidents (load testing)
 * @param security who may read, and the first administrator
 * @param publicUrl where readers reach the application ({@code https://tracker.example.org}): links in exports and
 *     feeds point there, and feed ids are made from its host, never from what a request's Host header claims
 * @param readersLag how late a change may reach readers who have not signed in: their pages are kept per version of
 *     the data, which is read at most once in this time (0: on every request)
 */
@Validated
@ConfigurationProperties("defence-tracker")
public record DefenceTrackerProperties(
        @DefaultValue("true") boolean demoData,
        @DefaultValue("60") @Min(1) @Max(3660) int proximityDays,
        @Valid @DefaultValue Embedded embedded,
        @DefaultValue("0") @Min(0) @Max(10_000_000) int generateIncidents,
        @Valid @DefaultValue Generate generate,
        @Valid @DefaultValue Security security,

        @NotBlank
        @Pattern(regexp = "https?://[^/?#\\s]+/?", message = "must be http(s)://host[:port], nothing after it")
        @DefaultValue("http://localhost:8080")
        String publicUrl,

        @DefaultValue("2s") Duration readersLag) {

    /** The public address without a closing slash, to which paths are appended. */
    public String publicBase() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The host of the public address: the authority of the permanent ids of feeds and their entries. */
    public String publicHost() {
        return URI.create(publicBase()).getHost();
    }

    /**
     * @param readRequiresLogin pages and data only for signed-in users
     * @param adminUsername the first administrator's name (with {@code adminPassword}), created if missing
     * @param adminPassword the first administrator's password, at least 12 characters
     */
    public record Security(
            @DefaultValue("false") boolean readRequiresLogin, String adminUsername, String adminPassword) {

        public boolean hasAdmin() {
            return adminUsername != null
                    && !adminUsername.isBlank()
                    && adminPassword != null
                    && !adminPassword.isBlank();
        }
    }

    /**
     * @param bodies how many synthetic bodies to add (acts need at least one)
     * @param acts how many synthetic acts, issued by the generated bodies
     * @param statements how many synthetic statements, about generated incidents and acts
     */
    public record Generate(
            @DefaultValue("0") @Min(0) @Max(1_000_000) int bodies,
            @DefaultValue("0") @Min(0) @Max(10_000_000) int acts,
            @DefaultValue("0") @Min(0) @Max(10_000_000) int statements) {}

    /**
     * @param dataDirectory where the database files live between restarts
     * @param binariesDirectory where the PostgreSQL binaries are unpacked; blank: beside the data folder
     * @param temporary use a throw-away cluster in the system's temporary folder (tests)
     */
    public record Embedded(
            @NotBlank @DefaultValue("data/postgres") String dataDirectory,
            @DefaultValue("") String binariesDirectory,
            @DefaultValue("false") boolean temporary) {}
}
