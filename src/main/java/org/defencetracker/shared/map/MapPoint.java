package org.defencetracker.shared.map;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.defencetracker.shared.Translated;

/**
 * One incident to place on the map: where it happened as far as it is known, how well that place is known
 * ({@code EXACT}, {@code SETTLEMENT}, {@code REGION}, {@code COUNTRY}, {@code UNKNOWN}), how sure its attribution
 * is ({@code CONFIRMED}, {@code ALLEGED}, {@code CONTESTED}, {@code DENIED}, {@code UNKNOWN}, or {@code null} when none is recorded),
 * and where its page is. Coordinates may be missing: such a point is listed under the map, never guessed onto it.
 * A region-only incident carries its region's centre as coordinates, with precision {@code REGION}.
 */
public record MapPoint(
        Double latitude,
        Double longitude,
        String precision,
        String attribution,
        String title,
        String path,
        String dateLabel,
        boolean titleInEnglish) {

    static final Set<String> PRECISIONS = Set.of("EXACT", "SETTLEMENT", "REGION", "COUNTRY", "UNKNOWN");
    static final Set<String> ATTRIBUTIONS = Set.of("CONFIRMED", "ALLEGED", "CONTESTED", "DENIED", "UNKNOWN");

    /** The title, marked where it is shown in English for want of the reader's language. */
    public Translated shownTitle() {
        return new Translated(title, titleInEnglish);
    }

    public MapPoint {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(path, "path");
        // An unrecognised precision is treated as the weakest claim, so nothing is drawn more precisely than known.
        precision = precision == null ? "UNKNOWN" : precision.strip().toUpperCase(Locale.ROOT);
        if (!PRECISIONS.contains(precision)) {
            precision = "UNKNOWN";
        }
        if (attribution != null) {
            attribution = attribution.strip().toUpperCase(Locale.ROOT);
            if (!ATTRIBUTIONS.contains(attribution)) {
                attribution = "UNKNOWN";
            }
        }
    }

    boolean hasCoordinates() {
        return latitude != null && longitude != null;
    }

    /** Whether the place is known well enough, and given, to be drawn as a point (if the map reaches it). */
    public boolean isPlaceable() {
        return hasCoordinates() && CountryMap.radius(precision) != null;
    }
}
