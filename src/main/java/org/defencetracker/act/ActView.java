package org.defencetracker.act;

import java.util.List;
import java.util.Locale;
import org.defencetracker.shared.LocalizedName;
import org.defencetracker.shared.Translated;

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
        String summaryRu,
        String summaryKk,
        String label,
        StageKind status,
        List<StageView> stages,
        List<Long> sourceIds,
        long version,
        boolean archived) {

    /** The label with the title, for pickers and lists: an unnumbered act's label already holds its title. */
    public String name() {
        return officialNumber == null ? label : label + ": " + titleEn;
    }

    public String title(Locale locale) {
        return titles().in(locale).text();
    }

    /** The title as the reader sees it, marked where it is shown in English for want of one in the reader's language. */
    public Translated shownTitle(Locale locale) {
        return titles().in(locale);
    }

    /** The summary as the reader sees it (null without one), marked where it is shown in English. */
    public Translated shownSummary(Locale locale) {
        return summaries().in(locale);
    }

    public LocalizedName summaries() {
        return new LocalizedName(summary, summaryRu, summaryKk);
    }

    public LocalizedName titles() {
        return new LocalizedName(titleEn, titleRu, titleKk);
    }
}
