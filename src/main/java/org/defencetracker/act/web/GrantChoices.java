package org.defencetracker.act.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.defencetracker.body.BodyService;
import org.defencetracker.body.BodyView;
import org.defencetracker.body.MandateService;
import org.defencetracker.body.MandateView;
import org.defencetracker.shared.web.RecordChoices;
import org.springframework.stereotype.Component;

/**
 * The duties granted by acts that no act has withdrawn yet, as a withdrawal's picker names them: "Ministry of
 * Defence: keeps the register". The newest are offered at first, any other as the editor types; a grant withdrawn
 * already can still be named by its number, and the act's checks say so.
 */
@Component
class GrantChoices implements RecordChoices {

    private static final int OFFERED = 100;

    private final BodyService bodies;
    private final MandateService mandates;

    GrantChoices(BodyService bodies, MandateService mandates) {
        this.bodies = bodies;
        this.mandates = mandates;
    }

    @Override
    public String kind() {
        return GRANTS;
    }

    /** The newest grants no act has withdrawn yet: those a withdrawal's picker offers before anything is typed. */
    @Override
    public Map<Long, String> choices() {
        return offered();
    }

    /** The grants no act has withdrawn yet whose duty or body holds {@code text}, newest first. */
    @Override
    public Map<Long, String> matching(String text, int limit) {
        return labels(mandates.withdrawableGrants(text, limit));
    }

    /** The newest grants no act has withdrawn yet, {@value #OFFERED} at most. */
    Map<Long, String> offered() {
        return labels(mandates.withdrawableGrants(null, OFFERED));
    }

    private Map<Long, String> labels(List<MandateView> found) {
        Map<Long, MandateView> grants = new LinkedHashMap<>();
        found.forEach(m -> grants.put(m.id(), m));
        Map<Long, BodyView> bodyNames =
                bodies.byIds(grants.values().stream().map(MandateView::bodyId).toList());
        Map<Long, String> names = new LinkedHashMap<>();
        grants.forEach((id, m) -> names.put(
                id,
                (bodyNames.containsKey(m.bodyId()) ? bodyNames.get(m.bodyId()).nameEn() : "?") + ": " + m.duty()));
        return names;
    }
}
