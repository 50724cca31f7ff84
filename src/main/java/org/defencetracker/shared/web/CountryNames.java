package org.defencetracker.shared.web;

import java.util.Locale;
import org.defencetracker.shared.Countries;
import org.springframework.stereotype.Component;

/** Country names for templates: {@code ${@countries.name('RU', #locale)}}. */
@Component("countries")
public class CountryNames {

    public String name(String code, Locale locale) {
        return code == null ? null : Countries.name(code, locale);
    }
}
