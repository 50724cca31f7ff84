package org.defencetracker.exchange.web;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The largest upload the import takes: the servlet's multipart limit, read from the setting itself so that it is
 * known wherever the import's beans are made, with or without a web server.
 */
@Component
class UploadLimit {

    private final long bytes;
    private final MessageSource messages;

    UploadLimit(@Value("${spring.servlet.multipart.max-request-size:20MB}") String limit, MessageSource messages) {
        this.bytes = DataSize.parse(limit).toBytes();
        this.messages = messages;
    }

    long bytes() {
        return bytes;
    }

    /** "20 MB", «512 КБ»: the limit in the unit it was most likely set in, as readers of {@code locale} write it. */
    String label(Locale locale) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return messages.getMessage("size.megabytes", new Object[] {bytes / (1024 * 1024)}, locale);
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return messages.getMessage("size.kilobytes", new Object[] {bytes / 1024}, locale);
        }
        return messages.getMessage("size.bytes", new Object[] {bytes}, locale);
    }
}
