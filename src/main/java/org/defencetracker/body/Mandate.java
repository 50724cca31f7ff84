package org.defencetracker.body;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.defencetracker.shared.ChildRow;

/**
 * One duty of a body, granted by an act and valid from a date until a date (inclusive) or open-ended. A
 * withdrawal closes the granted duty and is kept as a row of its own, so both changes stay on the record.
 */
@Entity
class Mandate extends ChildRow {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "body_id")
    private Body body;

    private long actId;

    @Enumerated(EnumType.STRING)
    private MandateChange change;

    private String duty;

    private LocalDate validFrom;

    private LocalDate validTo;

    /** The grant a withdrawal closed; null for a grant. */
    private Long withdrawsId;

    @Version
    private long version;

    private Instant createdAt;

    protected Mandate() {}

    Mandate(
            Body body,
            long actId,
            MandateChange change,
            String duty,
            LocalDate validFrom,
            LocalDate validTo,
            Clock clock) {
        if (duty == null || duty.isBlank()) {
            throw new IllegalArgumentException("a mandate needs a duty");
        }
        if (validFrom == null) {
            throw new IllegalArgumentException("a mandate needs the date it is valid from");
        }
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("a mandate cannot end before it starts");
        }
        this.body = body;
        this.actId = actId;
        this.change = change;
        this.duty = duty.strip();
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.createdAt = clock.instant();
    }

    /** The withdrawal of {@code granted} by an act, effective on a day: a row of its own, linked to the grant. */
    static Mandate withdrawalOf(Mandate granted, long actId, LocalDate effectiveOn, Clock clock) {
        Mandate withdrawal = new Mandate(
                granted.body, actId, MandateChange.WITHDRAWN, granted.duty, effectiveOn, effectiveOn, clock);
        withdrawal.withdrawsId = granted.id();
        return withdrawal;
    }

    /** Corrects a granted duty as the act's form gives it. */
    void revise(Body body, String duty, LocalDate validFrom, LocalDate validTo) {
        if (change != MandateChange.GRANTED) {
            throw new IllegalStateException("only a granted duty is corrected through its act");
        }
        if (duty == null || duty.isBlank()) {
            throw new IllegalArgumentException("a mandate needs a duty");
        }
        if (validFrom == null || (validTo != null && validTo.isBefore(validFrom))) {
            throw new IllegalArgumentException("a mandate cannot end before it starts");
        }
        this.body = body;
        this.duty = duty.strip();
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    long actId() {
        return actId;
    }

    MandateChange change() {
        return change;
    }

    LocalDate validFrom() {
        return validFrom;
    }

    /** Ends a granted duty the day before {@code effectiveOn}. */
    void closeBefore(LocalDate effectiveOn) {
        if (change != MandateChange.GRANTED) {
            throw new IllegalStateException("only a granted duty can be withdrawn");
        }
        if (!effectiveOn.isAfter(validFrom)) {
            throw new IllegalArgumentException("a duty can only be withdrawn after the day it was granted");
        }
        LocalDate end = effectiveOn.minusDays(1);
        if (validTo == null || validTo.isAfter(end)) {
            validTo = end;
        }
    }

    Body body() {
        return body;
    }

    String duty() {
        return duty;
    }

    MandateView view() {
        return new MandateView(id(), body.id(), actId, change, duty, validFrom, validTo, withdrawsId);
    }
}
