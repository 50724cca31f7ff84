package org.defencetracker.act;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.defencetracker.shared.FuzzyDate;

/**
 * Records an act with its stages, the duties it grants to bodies and the sources that report it. A decree is
 * typically one stage (adopted or signed) and a few duties; a law several stages through both chambers.
 */
public record IssueAct(
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
        List<Stage> stages,
        List<Duties> duties,
        List<Long> sourceIds) {

    public IssueAct {
        Objects.requireNonNull(kind, "kind");
        if (titleEn == null || titleEn.isBlank()) {
            throw new IllegalArgumentException("an act needs an English title");
        }
        stages = stages == null ? List.of() : List.copyOf(stages);
        duties = duties == null ? List.of() : List.copyOf(duties);
        sourceIds = sourceIds == null ? List.of() : List.copyOf(sourceIds);
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("an act needs at least one dated stage");
        }
        if (sourceIds.isEmpty()) {
            throw new IllegalArgumentException("an act cites at least one source");
        }
    }

    /** A dated step; {@code bodyId} is who took it when that is not the issuing body (the Senate, say). */
    public record Stage(StageKind stage, FuzzyDate date, Long bodyId, String note) {

        public Stage {
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(date, "date");
        }
    }

    /** Duties the act gives one body, valid from a date until a date (or open-ended). */
    public record Duties(long bodyId, List<String> duties, LocalDate validFrom, LocalDate validTo) {

        public Duties {
            Objects.requireNonNull(validFrom, "validFrom");
            duties = List.copyOf(duties);
        }
    }
}
