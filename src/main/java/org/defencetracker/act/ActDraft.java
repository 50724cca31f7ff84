package org.defencetracker.act;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.defencetracker.shared.DatePrecision;

/**
 * An act as typed by a person or read from a file, before it is checked: the editor's form and the acts of a dump
 * both are one, and so are their stages and duties. Bean validation reads the constraints declared here,
 * {@link ActChecks} makes the rest of the checks, so every way in refuses the same input with the same messages.
 */
public interface ActDraft {

    @NotNull
    ActKind getKind();

    @Size(max = 100)
    String getOfficialNumber();

    @Size(max = 100)
    String getRegistryNumber();

    @Size(max = 300)
    String getEli();

    @NotBlank
    @Size(max = 500)
    String getTitleEn();

    @Size(max = 500)
    String getTitleRu();

    @Size(max = 500)
    String getTitleKk();

    @Size(max = 10000)
    String getSummary();

    /** A dated step of the act. */
    interface StageDraft {

        StageKind getStage();

        /** "2025-09-14", "2025-09" or "2025". */
        @Size(max = 10)
        String getDate();

        DatePrecision getPrecision();

        boolean isApproximate();

        @Size(max = 1000)
        String getNote();
    }

    /** A duty the act gives a body, from a day (YYYY-MM-DD) until a day or open-ended. */
    interface DutyDraft {

        @Size(max = 1000)
        String getDuty();

        @Size(max = 10)
        String getValidFrom();

        @Size(max = 10)
        String getValidTo();
    }
}
