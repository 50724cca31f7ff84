package org.defencetracker.act;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.defencetracker.shared.DatePrecision;
import org.defencetracker.shared.RecordRef;

/**
 * An act as typed by a person or read from a file, before it is checked: the editor's form, the API's input and the
 * acts of a dump all are one, and so are their stages and duties. Bean validation reads the constraints declared here,
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

    @Size(max = 10000)
    String getSummaryRu();

    @Size(max = 10000)
    String getSummaryKk();

    /** The body that issued the act. */
    default RecordRef issuingBody() {
        return null;
    }

    /** The act's dated steps, empty rows included. */
    default List<? extends StageDraft> getStages() {
        return List.of();
    }

    /** The sources the act cites, empty pickers null. */
    default List<RecordRef> sourceRefs() {
        return List.of();
    }

    /** A source typed in with the act, when it is not in the tracker yet; null or empty when none is. */
    default NewSourceDraft getNewSource() {
        return null;
    }

    /** The duties the act grants, empty rows included. */
    default List<? extends DutyDraft> getDuties() {
        return List.of();
    }

    /** The duties granted by other acts that this one withdraws, empty rows included. */
    default List<? extends WithdrawalDraft> getWithdrawals() {
        return List.of();
    }

    /**
     * Where a refusal of a related record is told: the page picks {@code "issuingBody"}, a row's {@code "body"} and
     * {@code "mandate"}, the API gives their ids.
     */
    default String field(String picked) {
        return picked;
    }

    /** Adds an empty row to a group ("stages", "sources") that a refusal is told at, where the draft can. */
    default void addRow(String group) {}

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

        /** Who took the step when that is not the issuing body (the Senate, say). */
        default RecordRef body() {
            return null;
        }

        /** Whether nothing is typed in the row: it is left out. */
        default boolean blank() {
            return ActChecks.blank(getDate()) && ActChecks.blank(getNote()) && body() == null;
        }
    }

    /** A duty the act gives a body, from a day (YYYY-MM-DD) until a day or open-ended. */
    interface DutyDraft {

        @Size(max = 1000)
        String getDuty();

        @Size(max = 10)
        String getValidFrom();

        @Size(max = 10)
        String getValidTo();

        /** The body given the duty. */
        default RecordRef body() {
            return null;
        }

        /** The grant the row corrects, when it exists already. */
        default Long grantId() {
            return null;
        }

        /** Whether nothing is typed in the row: it is left out. */
        default boolean blank() {
            return body() == null
                    && ActChecks.blank(getDuty())
                    && ActChecks.blank(getValidFrom())
                    && ActChecks.blank(getValidTo());
        }
    }

    /** A duty granted by another act, taken away from a day (YYYY-MM-DD) on. */
    interface WithdrawalDraft {

        RecordRef mandate();

        @Size(max = 10)
        String getEffectiveOn();

        default boolean blank() {
            return mandate() == null && ActChecks.blank(getEffectiveOn());
        }
    }

    /** A source typed in with the act. */
    interface NewSourceDraft {

        @Size(max = 200)
        String getPublisher();

        @Size(max = 500)
        String getTitle();

        @Size(max = 2000)
        String getUrl();

        @Size(max = 10)
        String getDate();

        default boolean blank() {
            return ActChecks.blank(getPublisher())
                    && ActChecks.blank(getTitle())
                    && ActChecks.blank(getUrl())
                    && ActChecks.blank(getDate());
        }
    }
}
