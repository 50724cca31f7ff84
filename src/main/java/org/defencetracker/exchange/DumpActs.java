package org.defencetracker.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.defencetracker.act.ActService;
import org.defencetracker.act.IssueAct;
import org.defencetracker.body.MandateChange;
import org.defencetracker.body.MandateService;
import org.defencetracker.body.MandateView;
import org.defencetracker.exchange.Dump.ActRecord;
import org.defencetracker.exchange.Dump.MandateRecord;
import org.defencetracker.exchange.Dump.RelationRecord;
import org.defencetracker.exchange.Dump.StageRecord;
import org.springframework.stereotype.Component;

/**
 * The acts of a dump with what hangs on them: each act issued with its stages, sources and granted duties in one
 * call, as its form saves it; then the relations between acts, and the withdrawals of duties granted earlier.
 */
@Component
class DumpActs {

    private final ActService acts;
    private final MandateService mandates;

    DumpActs(ActService acts, MandateService mandates) {
        this.acts = acts;
        this.mandates = mandates;
    }

    /** The new ids of the acts and of their granted duties, by their dump ids, and how many rows more were written. */
    record Written(Map<Long, Long> acts, Map<Long, Long> grants, int relations, int withdrawals) {}

    Written write(Dump dump, Map<Long, Long> bodyIds, Map<Long, Long> sourceIds, DumpAttempts attempts) {
        Map<Long, List<MandateRecord>> grantsByAct = new HashMap<>();
        for (MandateRecord m : dump.mandates()) {
            if (m.change() == MandateChange.GRANTED) {
                grantsByAct.computeIfAbsent(m.act(), a -> new ArrayList<>()).add(m);
            }
        }
        Map<Long, Long> actIds = new HashMap<>();
        Map<Long, Long> grantIds = new HashMap<>();
        for (ActRecord a : dump.acts()) {
            List<MandateRecord> grants = grantsByAct.getOrDefault(a.id(), List.of());
            long id = attempts.attempt(
                    "act " + a.id(),
                    () -> acts.issue(issue(a, grants, bodyIds, sourceIds)).id());
            actIds.put(a.id(), id);
            // The services grant an act's duties in the order given; the new rows line up with the dump's.
            List<MandateView> granted = mandates.ofAct(id).stream()
                    .filter(m -> m.change() == MandateChange.GRANTED)
                    .sorted(Comparator.comparingLong(MandateView::id))
                    .toList();
            for (int i = 0; i < grants.size() && i < granted.size(); i++) {
                grantIds.put(grants.get(i).id(), granted.get(i).id());
            }
        }
        int relations = 0;
        for (ActRecord a : dump.acts()) {
            for (RelationRecord r : a.relations()) {
                attempts.run("act " + a.id(), () -> acts.relate(actIds.get(a.id()), r.type(), actIds.get(r.to())));
                relations++;
            }
        }
        int withdrawals = 0;
        for (MandateRecord m : dump.mandates()) {
            if (m.change() == MandateChange.WITHDRAWN) {
                Long granted = grantIds.get(m.withdraws());
                attempts.run("mandate " + m.id(), () -> {
                    if (granted == null) {
                        throw new IllegalArgumentException("the withdrawn duty is not a grant of the dump");
                    }
                    acts.withdraw(actIds.get(m.act()), granted, m.validFrom());
                });
                withdrawals++;
            }
        }
        return new Written(actIds, grantIds, relations, withdrawals);
    }

    private static IssueAct issue(
            ActRecord a, List<MandateRecord> grants, Map<Long, Long> bodyIds, Map<Long, Long> sourceIds) {
        List<IssueAct.Stage> stages = new ArrayList<>();
        for (StageRecord s : a.stages()) {
            stages.add(new IssueAct.Stage(
                    s.stage(),
                    s.date() == null ? null : s.date().fuzzy(),
                    s.body() == null ? null : bodyIds.get(s.body()),
                    s.note()));
        }
        return new IssueAct(
                a.kind(),
                a.officialNumber(),
                a.registryNumber(),
                a.eli(),
                a.titleEn(),
                a.titleRu(),
                a.titleKk(),
                bodyIds.get(a.issuingBody()),
                a.summary(),
                a.summaryRu(),
                a.summaryKk(),
                stages,
                duties(grants, bodyIds),
                a.sources().stream().map(sourceIds::get).toList());
    }

    /** Consecutive grants of the same body and period go together, as the act's form gives them. */
    private static List<IssueAct.Duties> duties(List<MandateRecord> grants, Map<Long, Long> bodyIds) {
        List<IssueAct.Duties> duties = new ArrayList<>();
        List<String> group = new ArrayList<>();
        MandateRecord first = null;
        for (MandateRecord m : grants) {
            if (first != null
                    && (first.body() != m.body()
                            || !first.validFrom().equals(m.validFrom())
                            || !Objects.equals(first.validTo(), m.validTo()))) {
                duties.add(new IssueAct.Duties(bodyIds.get(first.body()), group, first.validFrom(), first.validTo()));
                group = new ArrayList<>();
                first = null;
            }
            if (first == null) {
                first = m;
            }
            group.add(m.duty());
        }
        if (first != null) {
            duties.add(new IssueAct.Duties(bodyIds.get(first.body()), group, first.validFrom(), first.validTo()));
        }
        return duties;
    }
}
