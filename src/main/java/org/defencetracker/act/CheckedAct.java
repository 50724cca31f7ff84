package org.defencetracker.act;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.defencetracker.body.DutyRevision;
import org.defencetracker.statement.CreateSource;

/**
 * An act's draft once every check passed: what {@link ActWriter} saves, once a source typed in with it has its id.
 * {@code duties} are the rows the act grants, {@code withdrawals} the duties of other acts it takes away.
 */
public record CheckedAct(
        ActDraft draft,
        long issuer,
        List<IssueAct.Stage> stages,
        List<Long> sourceIds,
        CreateSource newSource,
        List<DutyRevision> duties,
        List<Withdrawal> withdrawals) {

    /** A duty granted by another act, withdrawn from a day on. */
    public record Withdrawal(long mandateId, LocalDate effectiveOn) {}

    /** The command to issue the act, citing {@code allSourceIds}; duties of one body and period are one grant. */
    IssueAct command(List<Long> allSourceIds) {
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        Map<String, DutyRevision> firstOfGroup = new LinkedHashMap<>();
        for (DutyRevision d : duties) {
            String key = d.bodyId() + "|" + d.validFrom() + "|" + d.validTo();
            grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(d.duty());
            firstOfGroup.putIfAbsent(key, d);
        }
        List<IssueAct.Duties> grants = new ArrayList<>();
        grouped.forEach((key, texts) -> {
            DutyRevision d = firstOfGroup.get(key);
            grants.add(new IssueAct.Duties(d.bodyId(), texts, d.validFrom(), d.validTo()));
        });
        return new IssueAct(
                draft.getKind(),
                draft.getOfficialNumber(),
                draft.getRegistryNumber(),
                draft.getEli(),
                draft.getTitleEn(),
                draft.getTitleRu(),
                draft.getTitleKk(),
                Objects.requireNonNull(issuer),
                draft.getSummary(),
                draft.getSummaryRu(),
                draft.getSummaryKk(),
                stages,
                grants,
                allSourceIds);
    }
}
