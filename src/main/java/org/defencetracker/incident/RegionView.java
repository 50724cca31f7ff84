package org.defencetracker.incident;

import java.util.Locale;

/** A region with its administrative centre, where region-only incidents are placed on the map. */
public record RegionView(
        String code,
        String country,
        String nameEn,
        String nameRu,
        String nameKk,
        String centre,
        double centreLatitude,
        double centreLongitude) {

    public String name(Locale locale) {
        return switch (locale.getLanguage()) {
            case "ru" -> nameRu;
            case "kk" -> nameKk;
            default -> nameEn;
        };
    }
}
