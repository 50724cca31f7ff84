package org.defencetracker.incident;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.defencetracker.statement.Stance;
import org.defencetracker.statement.StatementView;

/**
 * An incident's attribution as its claim ledger stands: confirmed when officials confirmed it, denied when
 * officials denied it and none confirmed, alleged when someone claimed it and nobody official answered, unknown
 * without statements. The origin is the state named by the confirmation, else by the latest claim.
 */
public record Attribution(AttributionStatus status, String origin) {

    public static final Attribution NONE = new Attribution(AttributionStatus.UNKNOWN, null);

    public static Attribution from(List<StatementView> statements) {
        Comparator<StatementView> byDate =
                Comparator.comparing((StatementView s) -> s.date().start()).thenComparing(StatementView::id);
        Optional<StatementView> confirmation = statements.stream()
                .filter(s -> s.stance() == Stance.CONFIRMS && s.isOfficial())
                .max(byDate);
        if (confirmation.isPresent()) {
            return new Attribution(AttributionStatus.CONFIRMED, originOf(confirmation.get(), statements, byDate));
        }
        Optional<StatementView> latestClaim =
                statements.stream().filter(s -> s.stance() == Stance.ASSERTS).max(byDate);
        String claimedOrigin = latestClaim.map(StatementView::claimedOrigin).orElse(null);
        boolean deniedByOfficials = statements.stream().anyMatch(s -> s.stance() == Stance.DENIES && s.isOfficial());
        if (deniedByOfficials) {
            return new Attribution(AttributionStatus.DENIED, claimedOrigin);
        }
        if (latestClaim.isPresent()) {
            return new Attribution(AttributionStatus.ALLEGED, claimedOrigin);
        }
        return NONE;
    }

    private static String originOf(
            StatementView confirmation, List<StatementView> statements, Comparator<StatementView> byDate) {
        if (confirmation.claimedOrigin() != null) {
            return confirmation.claimedOrigin();
        }
        return statements.stream()
                .filter(s -> s.stance() == Stance.ASSERTS && s.claimedOrigin() != null)
                .max(byDate)
                .map(StatementView::claimedOrigin)
                .orElse(null);
    }
}
