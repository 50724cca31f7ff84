package org.defencetracker.incident;

import java.util.Locale;
import org.defencetracker.shared.LocalizedName;

/** A region with its administrative centre, where region-only incidents are placed on the map. */
public record RegionView(
        String code,
        String country,
        String nameEn,
        String nameRu,
        String nameKk,
        LocalizedName centre,
        double centreLatitude,
        double centreLongitude) {

    public String name(Locale locale) {
        return new LocalizedName(nameEn, nameRu, nameKk).in(locale).text();
    }
}
