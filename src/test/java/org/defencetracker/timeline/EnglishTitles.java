package org.defencetracker.timeline;

import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Composes entry titles with the application's bundle in English, as a page drawn in English shows them. */
public final class EnglishTitles {

    private static final TimelineTitles TITLES = new TimelineTitles(bundle());

    private EnglishTitles() {}

    public static String of(EntryTitle title) {
        return TITLES.compose(title, Locale.ENGLISH).text();
    }

    private static ResourceBundleMessageSource bundle() {
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasename("messages");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setAlwaysUseMessageFormat(true);
        bundle.setFallbackToSystemLocale(false);
        return bundle;
    }
}
