package org.defencetracker.body.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.defencetracker.body.BodyKind;
import org.defencetracker.body.BodyView;
import org.defencetracker.body.MandateView;

/**
 * A government body as the API writes it. A single body comes with its mandate {@code asOf} a day: the duties it
 * held then, each with the act that granted it; both are null in lists.
 */
record BodyJson(
        long id,
        BodyKind kind,
        Long parentId,
        String country,
        String nameEn,
        String nameRu,
        String nameKk,
        String abbreviation,
        LocalDate asOf,
        List<Duty> mandate,
        long version,
        boolean archived) {

    /** A duty the body held, the act that granted it, and from when to when. */
    @Schema(name = "BodyDuty")
    record Duty(long id, String duty, long actId, LocalDate validFrom, LocalDate validTo) {

        static Duty of(MandateView mandate) {
            return new Duty(mandate.id(), mandate.duty(), mandate.actId(), mandate.validFrom(), mandate.validTo());
        }
    }

    static BodyJson of(BodyView body) {
        return of(body, null, null);
    }

    static BodyJson of(BodyView body, LocalDate asOf, List<MandateView> mandate) {
        return new BodyJson(
                body.id(),
                body.kind(),
                body.parentId(),
                body.country(),
                body.nameEn(),
                body.nameRu(),
                body.nameKk(),
                body.abbreviation(),
                asOf,
                mandate == null ? null : mandate.stream().map(Duty::of).toList(),
                body.version(),
                body.archived());
    }
}
