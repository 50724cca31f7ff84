package org.defencetracker.act;

import java.util.List;
import java.util.Locale;

/** A legal act as pages and other modules see it; {@code status} is the furthest stage reached today. */
public record ActView(
        long id,
        ActKind kind,
        String officialNumber,
        String registryNumber,
        String eli,
        String titleEn,
        String titleRu,
        String titleKk,
        long issuingBodyId,
        String summary,
        String label,
        StageKind status,
        List<StageView> stages,
        List<Long> sourceIds,
        long version,
        boolean archived) {

    public String title(Locale locale) {
        String title = switch (locale.getLanguage()) {
            case "ru" -> titleRu;
            case "kk" -> titleKk;
            default -> titleEn;
        };
        return title == null ? titleEn : title;
    }
}
