package org.defencetracker.shared;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes, as stored, and their names as shown. */
public final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private Countries() {}

    public static boolean isKnown(String code) {
        return code != null && CODES.contains(code);
    }

    public static String name(String code, Locale locale) {
        if (!isKnown(code)) {
            return code;
        }
        return new Locale("", code).getDisplayCountry(locale);
    }
}
