package org.defencetracker.body;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.defencetracker.shared.LikePatterns;
import org.defencetracker.shared.LocalizedName;
import org.defencetracker.timeline.Citation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who was responsible for what, and when. Each grant or withdrawal also writes the timeline entry of the change
 * (one entry per body, act, kind of change and date).
 */
@Service
@Transactional(readOnly = true)
public class MandateService {

    private final MandateRepository mandates;
    private final BodyRepository bodies;
    private final MandateEntries entries;
    private final Clock clock;

    MandateService(MandateRepository mandates, BodyRepository bodies, MandateEntries entries, Clock clock) {
        this.mandates = mandates;
        this.bodies = bodies;
        this.entries = entries;
        this.clock = clock;
    }

    @Transactional
    public List<MandateView> grant(GrantDuties command) {
        Body body = bodies.findById(command.bodyId()).orElseThrow(() -> new BodyNotFoundException(command.bodyId()));
        List<MandateView> granted = new ArrayList<>();
        for (String duty : command.duties()) {
            Mandate mandate = new Mandate(
                    body, command.actId(), MandateChange.GRANTED, duty, command.validFrom(), command.validTo(), clock);
            granted.add(mandates.save(mandate).view());
        }
        entries.write(
                body,
                command.actId(),
                command.actLabel(),
                MandateChange.GRANTED,
                command.validFrom(),
                command.sources());
        return granted;
    }

    @Transactional
    public MandateView withdraw(WithdrawDuty command) {
        Mandate granted = mandates.findById(command.mandateId())
                .orElseThrow(() -> new MandateNotFoundException(command.mandateId()));
        if (granted.change() != MandateChange.GRANTED) {
            throw new IllegalStateException("only a granted duty can be withdrawn");
        }
        withdrawalOf(granted.id()).ifPresent(earlier -> {
            throw new DutyAlreadyWithdrawnException(granted.id(), earlier.actId());
        });
        granted.closeBefore(command.effectiveOn());
        Mandate withdrawal =
                mandates.save(Mandate.withdrawalOf(granted, command.actId(), command.effectiveOn(), clock));
        entries.write(
                granted.body(),
                command.actId(),
                command.actLabel(),
                MandateChange.WITHDRAWN,
                command.effectiveOn(),
                command.sources());
        return withdrawal.view();
    }

    /**
     * Makes an act's granted duties those of its form: rows with a mandate id correct that grant, rows without
     * one add a grant, and grants of the act left out are removed. The act's timeline entries of mandate changes
     * follow: those of changed groups are written again, those of groups that are gone removed.
     */
    @Transactional
    public void reviseGrants(long actId, LocalizedName actLabel, List<DutyRevision> rows, List<Citation> sources) {
        Set<String> before = entries.keysOfAct(actId);
        Map<Long, Mandate> granted = new HashMap<>();
        for (Mandate m : mandates.findByAct(actId)) {
            if (m.change() == MandateChange.GRANTED) {
                granted.put(m.id(), m);
            }
        }
        for (DutyRevision row : rows) {
            Body body = bodies.findById(row.bodyId()).orElseThrow(() -> new BodyNotFoundException(row.bodyId()));
            Mandate existing = null;
            if (row.mandateId() != null) {
                // A row names a grant of this act only; another act's duty is not changed through this one.
                existing = granted.remove(row.mandateId());
                if (existing == null) {
                    throw new MandateNotFoundException(row.mandateId());
                }
            }
            if (existing != null) {
                existing.revise(body, row.duty(), row.validFrom(), row.validTo());
            } else {
                mandates.save(new Mandate(
                        body, actId, MandateChange.GRANTED, row.duty(), row.validFrom(), row.validTo(), clock));
            }
        }
        mandates.deleteAll(granted.values());
        mandates.flush();
        entries.replaceOfAct(actId, actLabel, sources, before);
    }

    /** Takes the act's mandate changes off the timeline (the act is archived). */
    @Transactional
    public void removeEntriesOfAct(long actId) {
        entries.removeOfAct(actId);
    }

    /** Writes the timeline entries of every mandate change the act made. */
    @Transactional
    public void writeEntriesOfAct(long actId, LocalizedName actLabel, List<Citation> sources) {
        entries.writeOfAct(actId, actLabel, sources);
    }

    /** The duties a body held on a date. */
    public List<MandateView> asOf(long bodyId, LocalDate date) {
        return mandates.findValidOn(bodyId, date).stream().map(Mandate::view).toList();
    }

    /** What the body's mandate gained and lost between two dates. */
    public MandateDiff changesBetween(long bodyId, LocalDate from, LocalDate to) {
        List<MandateView> before = asOf(bodyId, from);
        List<MandateView> after = asOf(bodyId, to);
        Set<Long> beforeIds = before.stream().map(MandateView::id).collect(Collectors.toSet());
        Set<Long> afterIds = after.stream().map(MandateView::id).collect(Collectors.toSet());
        List<MandateView> lost =
                before.stream().filter(m -> !afterIds.contains(m.id())).toList();
        // A duty an act took away is shown by its withdrawal, which names that act; one whose period ran out is
        // shown by its grant.
        Map<Long, MandateView> withdrawals = new HashMap<>();
        if (!lost.isEmpty()) {
            mandates.findWithdrawalsOf(lost.stream().map(MandateView::id).toList())
                    .forEach(w -> withdrawals.put(w.view().withdrawsId(), w.view()));
        }
        return new MandateDiff(
                from,
                to,
                after.stream().filter(m -> !beforeIds.contains(m.id())).toList(),
                lost.stream()
                        .map(m -> Optional.ofNullable(withdrawals.get(m.id()))
                                .filter(w -> !w.validFrom().isAfter(to))
                                .orElse(m))
                        .toList(),
                after.stream().filter(m -> beforeIds.contains(m.id())).toList());
    }

    /** The body's granted duties that no act has withdrawn yet: those an act may still take away. */
    public List<MandateView> withdrawable(long bodyId) {
        List<MandateView> history = historyOf(bodyId);
        Set<Long> withdrawn = history.stream()
                .map(MandateView::withdrawsId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return history.stream()
                .filter(m -> m.change() == MandateChange.GRANTED && !withdrawn.contains(m.id()))
                .toList();
    }

    /** Every duty granted to a body in the lists, withdrawn or not, by body and date: read at once. */
    public List<MandateView> grants() {
        return mandates.findGrants().stream().map(Mandate::view).toList();
    }

    /** The duties granted to a body in the lists among {@code ids}, withdrawn or not. */
    public List<MandateView> grants(java.util.Collection<Long> ids) {
        return ids.isEmpty()
                ? List.of()
                : mandates.findGrants(ids).stream().map(Mandate::view).toList();
    }

    /**
     * The newest granted duties of the bodies in the lists that no act has withdrawn yet, at most {@code limit},
     * those whose duty or body's name holds {@code text} (any case) when it is given.
     */
    public List<MandateView> withdrawableGrants(String text, int limit) {
        return mandates
                .findWithdrawableGrants(LikePatterns.containing(text), org.springframework.data.domain.Limit.of(limit))
                .stream()
                .map(Mandate::view)
                .toList();
    }

    /** The withdrawal that took a granted duty away, if an act did. */
    public Optional<MandateView> withdrawalOf(long grantId) {
        return mandates.findWithdrawalsOf(List.of(grantId)).stream().findFirst().map(Mandate::view);
    }

    /** Every grant and withdrawal of a body, oldest first. */
    public List<MandateView> historyOf(long bodyId) {
        return mandates.findByBody(bodyId).stream().map(Mandate::view).toList();
    }

    /** The latest {@code count} grants and withdrawals of a body, oldest first, like {@link #historyOf}. */
    public List<MandateView> latestOf(long bodyId, int count) {
        List<MandateView> latest = new java.util.ArrayList<>(
                mandates.findLatestByBody(bodyId, org.springframework.data.domain.Limit.of(count)).stream()
                        .map(Mandate::view)
                        .toList());
        java.util.Collections.reverse(latest);
        return latest;
    }

    /** Every grant and withdrawal on record, by act and then in the order they were recorded. */
    public List<MandateView> everyMandate() {
        return mandates.findEveryByAct().stream().map(Mandate::view).toList();
    }

    /** The duties an act gave or took away. */
    public List<MandateView> ofAct(long actId) {
        return mandates.findByAct(actId).stream().map(Mandate::view).toList();
    }
}
