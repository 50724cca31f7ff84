package org.defencetracker.act.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.defencetracker.act.ActChecks;
import org.defencetracker.body.BodyService;
import org.defencetracker.body.BodyView;
import org.defencetracker.body.MandateService;
import org.defencetracker.body.MandateView;
import org.defencetracker.shared.web.RecordChoices;
import org.springframework.stereotype.Component;

/**
 * The duties granted by acts, as a withdrawal's picker names them: "Ministry of Defence: keeps the register". Every
 * grant is read, withdrawn ones too, so that naming one withdrawn already is told so; only the others are offered.
 */
@Component
class GrantChoices implements RecordChoices {

    private final ActChecks checks;
    private final BodyService bodies;
    private final MandateService mandates;

    GrantChoices(ActChecks checks, BodyService bodies, MandateService mandates) {
        this.checks = checks;
        this.bodies = bodies;
        this.mandates = mandates;
    }

    @Override
    public String kind() {
        return GRANTS;
    }

    @Override
    public Map<Long, String> choices() {
        return labels(checks.grants());
    }

    /** The grants no act has withdrawn yet: those an act is offered to withdraw. */
    Map<Long, String> offered() {
        Map<Long, MandateView> grants = new LinkedHashMap<>();
        mandates.withdrawableGrants().forEach(m -> grants.put(m.id(), m));
        return labels(grants);
    }

    private Map<Long, String> labels(Map<Long, MandateView> grants) {
        Map<Long, BodyView> bodyNames =
                bodies.byIds(grants.values().stream().map(MandateView::bodyId).toList());
        Map<Long, String> names = new LinkedHashMap<>();
        grants.forEach((id, m) -> names.put(
                id,
                (bodyNames.containsKey(m.bodyId()) ? bodyNames.get(m.bodyId()).nameEn() : "?") + ": " + m.duty()));
        return names;
    }
}
