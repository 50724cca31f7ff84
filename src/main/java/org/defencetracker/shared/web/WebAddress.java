package org.defencetracker.shared.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Whether a typed address is one a reader can open: absolute http or https with a host. */
public final class WebAddress {

    private WebAddress() {}

    public static boolean isValid(String text) {
        if (text == null || text.isBlank() || text.strip().contains(" ")) {
            return false;
        }
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (URISyntaxException ex) {
            return false;
        }
    }
}
