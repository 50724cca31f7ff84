package org.defencetracker.exchange.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The largest upload the import takes: the servlet's multipart limit, read from the setting itself so that it is
 * known wherever the import's beans are made, with or without a web server.
 */
@Component
class UploadLimit {

    private final long bytes;

    UploadLimit(@Value("${spring.servlet.multipart.max-request-size:20MB}") String limit) {
        this.bytes = DataSize.parse(limit).toBytes();
    }

    long bytes() {
        return bytes;
    }

    /** "20 MB", "512 KB": the limit in the unit it was most likely set in. */
    String label() {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }
}
