package org.defencetracker.act;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import org.defencetracker.body.BodyService;
import org.defencetracker.body.DutyRevision;
import org.defencetracker.body.MandateService;
import org.defencetracker.body.MandateView;
import org.defencetracker.shared.DateInput;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.shared.RecordRef;
import org.defencetracker.statement.CreateSource;
import org.defencetracker.statement.SourceService;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The checks of an act that bean validation cannot make: the issuing body, dated stages, sources (picked, or one
 * typed in), duties and their periods, withdrawals of other acts' duties. The editor's form, the JSON API and the
 * import all read acts through here.
 */
@Component
public class ActChecks {

    /** How far ahead an act's dates may lie: laws are adopted with a date of entry into force to come. */
    private static final int YEARS_AHEAD = 5;

    private final Clock clock;
    private final ActService acts;
    private final BodyService bodies;
    private final MandateService mandates;
    private final SourceService sources;

    ActChecks(Clock clock, ActService acts, BodyService bodies, MandateService mandates, SourceService sources) {
        this.clock = clock;
        this.acts = acts;
        this.bodies = bodies;
        this.mandates = mandates;
        this.sources = sources;
    }

    /** What the draft says, once every check passed; null when one failed ({@code errors} say which). */
    public CheckedAct read(ActDraft draft, Errors errors) {
        LongPredicate listed = bodies::isListed;
        String issuerField = draft.field("issuingBody");
        Long issuer = RecordRef.chosen(draft.issuingBody(), listed, issuerField, errors);
        if (draft.issuingBody() == null && !errors.hasFieldErrors(issuerField)) {
            errors.rejectValue(issuerField, "NotBlank");
        }
        List<IssueAct.Stage> stages = new ArrayList<>();
        for (int i = 0; i < draft.getStages().size(); i++) {
            ActDraft.StageDraft row = draft.getStages().get(i);
            if (row != null && !row.blank()) {
                String field = "stages[" + i + "].";
                Long body = RecordRef.chosen(row.body(), listed, field + draft.field("body"), errors);
                IssueAct.Stage stage = stage(row, body, field, errors);
                if (stage != null && (row.body() == null || body != null)) {
                    stages.add(stage);
                }
            }
        }
        if (stages.isEmpty() && !errors.hasFieldErrors("stages*")) {
            refuseFirstRow(draft, "stages", draft.getStages(), ".date", "act.stageRequired", errors);
        }
        Set<Long> citable = sources.citable(RecordRef.ids(draft.sourceRefs()), Set.of());
        List<Long> sourceIds = new ArrayList<>();
        for (int i = 0; i < draft.sourceRefs().size(); i++) {
            Long id = RecordRef.chosen(draft.sourceRefs().get(i), citable::contains, "sources[" + i + "]", errors);
            if (id != null && !sourceIds.contains(id)) {
                sourceIds.add(id);
            }
        }
        CreateSource newSource = newSource(draft.getNewSource(), errors);
        if (sourceIds.isEmpty()
                && newSource == null
                && !errors.hasFieldErrors("sources*")
                && !errors.hasFieldErrors("newSource*")) {
            refuseFirstRow(draft, "sources", draft.sourceRefs(), "", "act.sourceRequired", errors);
        }
        List<DutyRevision> duties = duties(draft, listed, errors);
        List<CheckedAct.Withdrawal> withdrawals = withdrawals(draft, errors);
        if (errors.hasErrors()) {
            return null;
        }
        return new CheckedAct(draft, issuer, stages, sourceIds, newSource, duties, withdrawals);
    }

    /** Rejects the first row of {@code group}, adding it where the draft can; the group itself where it cannot. */
    private static void refuseFirstRow(
            ActDraft draft, String group, List<?> rows, String suffix, String code, Errors errors) {
        if (rows.isEmpty()) {
            draft.addRow(group);
        }
        errors.rejectValue(rows.isEmpty() ? group : group + "[0]" + suffix, code);
    }

    private List<DutyRevision> duties(ActDraft draft, LongPredicate listed, Errors errors) {
        List<DutyRevision> duties = new ArrayList<>();
        for (int i = 0; i < draft.getDuties().size(); i++) {
            ActDraft.DutyDraft row = draft.getDuties().get(i);
            if (row == null || row.blank()) {
                continue;
            }
            String field = "duties[" + i + "].";
            String bodyField = field + draft.field("body");
            Long body = RecordRef.chosen(row.body(), listed, bodyField, errors);
            if (row.body() == null) {
                errors.rejectValue(bodyField, "act.duty.bodyRequired");
            }
            Period period = duty(row, field, errors);
            if (body != null && period != null) {
                duties.add(new DutyRevision(row.grantId(), body, period.duty(), period.validFrom(), period.validTo()));
            }
        }
        return duties;
    }

    private List<CheckedAct.Withdrawal> withdrawals(ActDraft draft, Errors errors) {
        List<RecordRef> named = new ArrayList<>();
        draft.getWithdrawals().stream()
                .filter(row -> row != null && !row.blank())
                .forEach(row -> named.add(row.mandate()));
        Map<Long, MandateView> grants = grants(RecordRef.ids(named));
        List<CheckedAct.Withdrawal> withdrawals = new ArrayList<>();
        Set<Long> once = new HashSet<>();
        for (int i = 0; i < draft.getWithdrawals().size(); i++) {
            ActDraft.WithdrawalDraft row = draft.getWithdrawals().get(i);
            if (row == null || row.blank()) {
                continue;
            }
            String field = "withdrawals[" + i + "].";
            String mandateField = field + draft.field("mandate");
            Long mandateId = row.mandate() == null
                    ? null
                    : RecordRef.chosen(row.mandate(), grants::containsKey, mandateField, errors);
            if (row.mandate() == null) {
                errors.rejectValue(mandateField, "picker.unknown");
            } else if (mandateId != null) {
                var earlier = mandates.withdrawalOf(mandateId);
                if (earlier.isPresent()) {
                    String label = acts.find(earlier.get().actId())
                            .map(ActView::label)
                            .orElse("#" + earlier.get().actId());
                    errors.rejectValue(mandateField, "act.withdrawal.alreadyWithdrawn", new Object[] {label}, null);
                    mandateId = null;
                } else if (!once.add(mandateId)) {
                    errors.rejectValue(mandateField, "act.withdrawal.twice");
                    mandateId = null;
                }
            }
            LocalDate on = effectiveOn(
                    row.getEffectiveOn(),
                    mandateId != null ? grants.get(mandateId).validFrom() : null,
                    field + "effectiveOn",
                    errors);
            if (mandateId != null && on != null) {
                withdrawals.add(new CheckedAct.Withdrawal(mandateId, on));
            }
        }
        return withdrawals;
    }

    /**
     * The granted duties among {@code ids}, withdrawn ones too: a draft naming one already withdrawn is told so at
     * its field rather than that the duty is unknown.
     */
    public Map<Long, MandateView> grants(Collection<Long> ids) {
        Map<Long, MandateView> grants = new LinkedHashMap<>();
        mandates.grants(ids).forEach(m -> grants.put(m.id(), m));
        return grants;
    }

    private CreateSource newSource(ActDraft.NewSourceDraft source, Errors errors) {
        if (source == null || source.blank()) {
            return null;
        }
        if (blank(source.getPublisher())) {
            errors.rejectValue("newSource.publisher", "NotBlank");
        }
        if (blank(source.getTitle())) {
            errors.rejectValue("newSource.title", "NotBlank");
        }
        String url = blank(source.getUrl()) ? null : source.getUrl().strip();
        if (url != null && !CreateSource.isWebAddress(url)) {
            errors.rejectValue("newSource.url", "url.invalid");
        }
        FuzzyDate published = blank(source.getDate())
                ? null
                : DateInput.read(source.getDate(), null, false, LocalDate.now(clock), "newSource.date", errors);
        if (errors.hasFieldErrors("newSource*")) {
            return null;
        }
        return new CreateSource(source.getPublisher(), source.getTitle(), url, published, null);
    }

    /** Whether nothing but blanks is typed. */
    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** A duty as checked: its text and its period. */
    public record Period(String duty, LocalDate validFrom, LocalDate validTo) {}

    /** The latest day an act's stage, duty or withdrawal may fall on. */
    public LocalDate latest() {
        return LocalDate.now(clock).plusYears(YEARS_AHEAD);
    }

    /**
     * The stage the row describes, taken by {@code bodyId} (null: the issuing body), or null after rejecting the
     * row's fields under {@code field} ("stages[0].").
     */
    public IssueAct.Stage stage(ActDraft.StageDraft row, Long bodyId, String field, Errors errors) {
        if (row.getStage() == null) {
            errors.rejectValue(field + "stage", "NotNull");
        }
        FuzzyDate date = DateInput.read(
                row.getDate(), row.getPrecision(), row.isApproximate(), latest(), field + "date", errors);
        return row.getStage() == null || date == null
                ? null
                : new IssueAct.Stage(row.getStage(), date, bodyId, row.getNote());
    }

    /** The duty's text and period, or null after rejecting the row's fields under {@code field} ("duties[0].", or "" for a duty on its own). */
    public Period duty(ActDraft.DutyDraft row, String field, Errors errors) {
        boolean dutyGiven = row.getDuty() != null && !row.getDuty().isBlank();
        if (!dutyGiven) {
            errors.rejectValue(field + "duty", "NotBlank");
        }
        LocalDate from = null;
        if (row.getValidFrom() == null || row.getValidFrom().isBlank()) {
            errors.rejectValue(field + "validFrom", "act.duty.fromRequired");
        } else {
            from = DateInput.day(row.getValidFrom(), latest(), field + "validFrom", errors);
        }
        LocalDate to = DateInput.day(row.getValidTo(), latest(), field + "validTo", errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.rejectValue(field + "validTo", "act.duty.endsBeforeStart");
            return null;
        }
        return dutyGiven && from != null ? new Period(row.getDuty().strip(), from, to) : null;
    }

    /**
     * The day a withdrawal takes effect, or null after rejecting {@code field}: required, not too far ahead, and
     * after the day the withdrawn duty began ({@code grantedFrom}, when known).
     */
    public LocalDate effectiveOn(String text, LocalDate grantedFrom, String field, Errors errors) {
        if (text == null || text.isBlank()) {
            errors.rejectValue(field, "act.duty.fromRequired");
            return null;
        }
        LocalDate on = DateInput.day(text, latest(), field, errors);
        if (on != null && grantedFrom != null && !on.isAfter(grantedFrom)) {
            errors.rejectValue(field, "act.withdrawal.tooEarly");
            return null;
        }
        return on;
    }
}
