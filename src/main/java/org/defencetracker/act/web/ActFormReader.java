package org.defencetracker.act.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.defencetracker.act.ActChecks;
import org.defencetracker.act.ActService;
import org.defencetracker.act.ActView;
import org.defencetracker.act.IssueAct;
import org.defencetracker.body.BodyService;
import org.defencetracker.body.BodyView;
import org.defencetracker.body.DutyRevision;
import org.defencetracker.body.MandateChange;
import org.defencetracker.body.MandateService;
import org.defencetracker.body.MandateView;
import org.defencetracker.shared.DateInput;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.shared.web.Picker;
import org.defencetracker.shared.web.WebAddress;
import org.defencetracker.statement.CreateSource;
import org.defencetracker.statement.SourceService;
import org.defencetracker.statement.SourceView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.Errors;

/**
 * Reads an act form into what it describes, making the checks bean validation cannot (the issuing body, dated
 * stages, sources, duties and their periods, withdrawals), and saves it with the source typed in beside it and its
 * withdrawals in one transaction. The page and the JSON API both go through it, so that both refuse the same input.
 */
@Component
public class ActFormReader {

    private final ActService acts;
    private final BodyService bodies;
    private final MandateService mandates;
    private final SourceService sources;
    private final TransactionTemplate transaction;
    private final ActChecks checks;
    private final Clock clock;

    ActFormReader(
            ActService acts,
            BodyService bodies,
            MandateService mandates,
            SourceService sources,
            TransactionTemplate transaction,
            ActChecks checks,
            Clock clock) {
        this.acts = acts;
        this.bodies = bodies;
        this.mandates = mandates;
        this.sources = sources;
        this.transaction = transaction;
        this.checks = checks;
        this.clock = clock;
    }

    /** Issues the act the checked form describes. */
    public ActView issue(Parsed parsed) {
        return transaction.execute(status -> {
            ActView act = acts.issue(parsed.command(newSourceIds(parsed)));
            parsed.withdrawals().forEach(w -> acts.withdraw(act.id(), w.mandateId(), w.effectiveOn()));
            return act;
        });
    }

    /** Corrects act {@code id}, edited from {@code version}, to what the checked form describes. */
    public void update(long id, long version, Parsed parsed) {
        transaction.executeWithoutResult(status -> {
            acts.update(id, version, parsed.command(newSourceIds(parsed)), parsed.duties());
            parsed.withdrawals().forEach(w -> acts.withdraw(id, w.mandateId(), w.effectiveOn()));
        });
    }

    private List<Long> newSourceIds(Parsed parsed) {
        List<Long> ids = new ArrayList<>(parsed.sourceIds());
        if (parsed.newSource() != null) {
            ids.add(sources.create(parsed.newSource()).id());
        }
        return ids;
    }

    /** What the form says, once every check passed; null when one failed ({@code errors} say which). */
    public Parsed read(ActForm form, Errors errors) {
        Map<Long, String> bodyOptions = bodyOptions();
        Long issuer = Picker.resolve(form.getIssuingBody(), bodyOptions);
        if (issuer != null && issuer < 0) {
            errors.rejectValue("issuingBody", "picker.unknown");
        }

        List<IssueAct.Stage> stages = new ArrayList<>();
        for (int i = 0; i < form.getStages().size(); i++) {
            ActForm.StageRow row = form.getStages().get(i);
            if (row == null || row.isEmpty()) {
                continue;
            }
            String field = "stages[" + i + "].";
            Long body = Picker.resolve(row.getBody(), bodyOptions);
            IssueAct.Stage stage = checks.stage(row, body, field, errors);
            if (body != null && body < 0) {
                errors.rejectValue(field + "body", "picker.unknown");
            } else if (stage != null) {
                stages.add(stage);
            }
        }
        if (stages.isEmpty() && !errors.hasFieldErrors("stages*")) {
            ensureRow(form.getStages(), ActForm.StageRow::new);
            errors.rejectValue("stages[0].date", "act.stageRequired");
        }

        Map<Long, String> sourceOptions = sourceOptions();
        List<Long> sourceIds = new ArrayList<>();
        for (int i = 0; i < form.getSources().size(); i++) {
            Long id = Picker.resolve(form.getSources().get(i), sourceOptions);
            if (id != null && id < 0) {
                errors.rejectValue("sources[" + i + "]", "picker.unknown");
            } else if (id != null && !sourceIds.contains(id)) {
                sourceIds.add(id);
            }
        }
        CreateSource newSource = newSource(form.getNewSource(), errors);
        if (sourceIds.isEmpty()
                && newSource == null
                && !errors.hasFieldErrors("sources*")
                && !errors.hasFieldErrors("newSource*")) {
            ensureRow(form.getSources(), () -> "");
            errors.rejectValue("sources[0]", "act.sourceRequired");
        }

        List<DutyRevision> duties = new ArrayList<>();
        for (int i = 0; i < form.getDuties().size(); i++) {
            ActForm.DutyRow row = form.getDuties().get(i);
            if (row == null || row.isEmpty()) {
                continue;
            }
            String field = "duties[" + i + "].";
            Long body = Picker.resolve(row.getBody(), bodyOptions);
            if (body == null) {
                errors.rejectValue(field + "body", "act.duty.bodyRequired");
            } else if (body < 0) {
                errors.rejectValue(field + "body", "picker.unknown");
            }
            ActChecks.Period period = checks.duty(row, field, errors);
            if (body != null && body >= 0 && period != null) {
                duties.add(new DutyRevision(row.getId(), body, period.duty(), period.validFrom(), period.validTo()));
            }
        }

        Map<Long, MandateView> grants = grants();
        List<Withdrawal> withdrawals = new ArrayList<>();
        Set<Long> named = new HashSet<>();
        for (int i = 0; i < form.getWithdrawals().size(); i++) {
            ActForm.WithdrawalRow row = form.getWithdrawals().get(i);
            if (row == null || row.isEmpty()) {
                continue;
            }
            String field = "withdrawals[" + i + "]";
            Long mandateId = Picker.resolve(row.getMandate(), mandateLabels(grants));
            if (mandateId == null || mandateId < 0) {
                errors.rejectValue(field + ".mandate", "picker.unknown");
            } else {
                Optional<MandateView> earlier = mandates.withdrawalOf(mandateId);
                if (earlier.isPresent()) {
                    errors.rejectValue(
                            field + ".mandate",
                            "act.withdrawal.alreadyWithdrawn",
                            new Object[] {actLabel(earlier.get().actId())},
                            null);
                    mandateId = null;
                } else if (!named.add(mandateId)) {
                    errors.rejectValue(field + ".mandate", "act.withdrawal.twice");
                    mandateId = null;
                }
            }
            boolean known = mandateId != null && mandateId >= 0;
            LocalDate on = checks.effectiveOn(
                    row.getEffectiveOn(),
                    known ? grants.get(mandateId).validFrom() : null,
                    field + ".effectiveOn",
                    errors);
            if (known && on != null) {
                withdrawals.add(new Withdrawal(mandateId, on));
            }
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new Parsed(form, issuer, stages, sourceIds, newSource, duties, withdrawals);
    }

    private static <T> void ensureRow(List<T> rows, java.util.function.Supplier<T> empty) {
        if (rows.isEmpty()) {
            rows.add(empty.get());
        }
    }

    private CreateSource newSource(ActForm.NewSource source, Errors errors) {
        if (source == null || source.isEmpty()) {
            return null;
        }
        if (source.getPublisher() == null || source.getPublisher().isBlank()) {
            errors.rejectValue("newSource.publisher", "NotBlank");
        }
        if (source.getTitle() == null || source.getTitle().isBlank()) {
            errors.rejectValue("newSource.title", "NotBlank");
        }
        if (source.getUrl() != null && !source.getUrl().isBlank() && !WebAddress.isValid(source.getUrl())) {
            errors.rejectValue("newSource.url", "url.invalid");
        }
        FuzzyDate published = null;
        if (source.getDate() != null && !source.getDate().isBlank()) {
            published = DateInput.read(source.getDate(), null, false, LocalDate.now(clock), "newSource.date", errors);
        }
        if (errors.hasFieldErrors("newSource*")) {
            return null;
        }
        return new CreateSource(
                source.getPublisher(),
                source.getTitle(),
                source.getUrl() == null || source.getUrl().isBlank()
                        ? null
                        : source.getUrl().strip(),
                published,
                null);
    }

    static String sourceName(SourceView source) {
        return source.publisher() + ": " + source.title();
    }

    Map<Long, String> bodyOptions() {
        Map<Long, String> options = new LinkedHashMap<>();
        for (BodyView b : bodies.all()) {
            options.put(b.id(), b.nameEn());
        }
        return options;
    }

    Map<Long, String> sourceOptions() {
        Map<Long, String> options = new LinkedHashMap<>();
        for (SourceView s : sources.all()) {
            options.put(s.id(), sourceName(s));
        }
        return options;
    }

    /** Granted duties of every body that no act has withdrawn yet: those an act is offered to withdraw. */
    Map<Long, MandateView> grantsToWithdraw() {
        Map<Long, MandateView> grants = new LinkedHashMap<>();
        for (BodyView b : bodies.all()) {
            for (MandateView m : mandates.withdrawable(b.id())) {
                grants.put(m.id(), m);
            }
        }
        return grants;
    }

    /**
     * Granted duties of every body, withdrawn ones too: a form naming one already withdrawn is told so at its field
     * rather than that the duty is unknown.
     */
    private Map<Long, MandateView> grants() {
        Map<Long, MandateView> grants = new LinkedHashMap<>();
        for (BodyView b : bodies.all()) {
            for (MandateView m : mandates.historyOf(b.id())) {
                if (m.change() == MandateChange.GRANTED) {
                    grants.put(m.id(), m);
                }
            }
        }
        return grants;
    }

    private String actLabel(long actId) {
        return acts.find(actId).map(ActView::label).orElse("#" + actId);
    }

    Map<Long, String> mandateLabels(Map<Long, MandateView> grants) {
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, String> bodyNames = bodyOptions();
        grants.forEach((id, m) -> names.put(id, bodyNames.getOrDefault(m.bodyId(), "?") + ": " + m.duty()));
        return names;
    }

    /** A checked form, ready to save once a source typed in with it has its id. */
    public record Parsed(
            ActForm form,
            Long issuer,
            List<IssueAct.Stage> stages,
            List<Long> sourceIds,
            CreateSource newSource,
            List<DutyRevision> duties,
            List<Withdrawal> withdrawals) {

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
                    form.getKind(),
                    form.getOfficialNumber(),
                    form.getRegistryNumber(),
                    form.getEli(),
                    form.getTitleEn(),
                    form.getTitleRu(),
                    form.getTitleKk(),
                    Objects.requireNonNull(issuer),
                    form.getSummary(),
                    stages,
                    grants,
                    allSourceIds);
        }
    }

    record Withdrawal(long mandateId, LocalDate effectiveOn) {}
}
