package org.defencetracker.timeline;

import java.math.BigDecimal;

/**
 * Where an entry happened, as precisely as known: a region (code and name), and a point with what it stands for
 * (EXACT, SETTLEMENT, REGION for a region's centre, COUNTRY or UNKNOWN when there is no point).
 */
public record Place(String regionCode, String regionName, BigDecimal latitude, BigDecimal longitude, String precision) {

    public boolean hasPoint() {
        return latitude != null && longitude != null;
    }
}
