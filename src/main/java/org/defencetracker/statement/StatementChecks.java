package org.defencetracker.statement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import org.defencetracker.body.BodyService;
import org.defencetracker.shared.Countries;
import org.defencetracker.shared.DateInput;
import org.defencetracker.shared.DatePrecision;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.shared.RecordRef;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The checks of a statement that bean validation cannot make: its date, an actor named or chosen, known countries,
 * exactly one subject, at least one source. The editor's form, the JSON API and the import all read statements
 * through here.
 */
@Component
public class StatementChecks {

    private final Clock clock;
    private final BodyService bodies;
    private final SourceService sources;
    private final ObjectProvider<StatementSubjects> subjects;

    StatementChecks(
            Clock clock, BodyService bodies, SourceService sources, ObjectProvider<StatementSubjects> subjects) {
        this.clock = clock;
        this.bodies = bodies;
        this.sources = sources;
        this.subjects = subjects;
    }

    /**
     * The command the draft describes for a new statement ({@code current} null) or a correction of
     * {@code current}, or null after rejecting the fields that cannot be used in {@code errors}. The records a
     * statement already names stay choosable when archived since.
     */
    public RecordStatement read(StatementDraft draft, StatementView current, Errors errors) {
        FuzzyDate date = date(draft, errors);
        Long actorBodyId = null;
        String actorField = draft.field("actorBody");
        if (!errors.hasFieldErrors(actorField)) {
            Long named = current == null ? null : current.actorBodyId();
            actorBodyId = RecordRef.chosen(
                    draft.actorBody(),
                    id -> bodies.isListed(id) || Long.valueOf(id).equals(named),
                    actorField,
                    errors);
            if (!errors.hasFieldErrors(actorField)) {
                actor(draft, actorBodyId, errors);
            }
        }
        String actorCountry = country(draft.getActorCountry(), "actorCountry", errors);
        String claimedOrigin = country(draft.getClaimedOrigin(), "claimedOrigin", errors);
        Long incidentId = subject(
                draft.incident(),
                current == null ? null : current.incidentId(),
                this::incidentName,
                draft.field("incident"),
                errors);
        Long actId = subject(
                draft.act(), current == null ? null : current.actId(), this::actName, draft.field("act"), errors);
        subject(draft.incident() != null, draft.act() != null, draft.field("incident"), errors);
        int rejected = errors.getFieldErrorCount("sources");
        Set<Long> citable = sources.citable(RecordRef.ids(draft.citedSources()), cited(current));
        List<Long> sourceIds = RecordRef.chosen(draft.citedSources(), citable::contains, "sources", errors);
        sources(sourceIds, rejected, errors);
        if (errors.hasErrors()) {
            return null;
        }
        return new RecordStatement(
                date,
                draft.getActorType(),
                draft.getActorName(),
                actorBodyId,
                actorCountry,
                draft.getStance(),
                claimedOrigin,
                draft.getText(),
                draft.isQuote(),
                incidentId,
                actId,
                sourceIds);
    }

    /** The subject {@code ref} names: the statement's own ({@code own}), or any other that exists. */
    private static Long subject(
            RecordRef ref, Long own, LongFunction<Optional<String>> lookup, String field, Errors errors) {
        if (errors.hasFieldErrors(field)) {
            return null;
        }
        return RecordRef.chosen(
                ref, id -> Long.valueOf(id).equals(own) || lookup.apply(id).isPresent(), field, errors);
    }

    /** Bodies the actor picker offers: the first in the lists, and the current actor even if archived since. */
    public Map<Long, String> actors(StatementView current) {
        Map<Long, String> options = new LinkedHashMap<>(bodies.offered());
        if (current != null && current.actorBodyId() != null) {
            options.putIfAbsent(current.actorBodyId(), current.actorName());
        }
        return options;
    }

    /** The sources a statement cites already. */
    public static Set<Long> cited(StatementView statement) {
        Set<Long> ids = new LinkedHashSet<>();
        if (statement != null) {
            statement.sources().forEach(s -> ids.add(s.id()));
        }
        return ids;
    }

    /** The incidents a statement may be about, by name. */
    public Map<Long, String> incidents() {
        Map<Long, String> options = new LinkedHashMap<>();
        subjects.orderedStream().forEach(s -> s.incidents().forEach(options::putIfAbsent));
        return options;
    }

    /** The acts a statement may be about, by name. */
    public Map<Long, String> acts() {
        Map<Long, String> options = new LinkedHashMap<>();
        subjects.orderedStream().forEach(s -> s.acts().forEach(options::putIfAbsent));
        return options;
    }

    public Optional<String> incidentName(long id) {
        return subjects.orderedStream()
                .map(s -> s.incident(id))
                .flatMap(Optional::stream)
                .findFirst();
    }

    public Optional<String> actName(long id) {
        return subjects.orderedStream()
                .map(s -> s.act(id))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** The statement's date, or null after rejecting {@code date}: required, readable, not in the future. */
    public FuzzyDate date(StatementDraft draft, Errors errors) {
        if (errors.hasFieldErrors("date")) {
            return null;
        }
        DatePrecision precision = draft.getPrecision() == null ? DatePrecision.DAY : draft.getPrecision();
        return DateInput.read(draft.getDate(), precision, draft.isApproximate(), LocalDate.now(clock), "date", errors);
    }

    /** Rejects {@code actorName} when the actor is neither named nor a body ({@code actorBodyId}). */
    public static void actor(StatementDraft draft, Long actorBodyId, Errors errors) {
        if (actorBodyId == null
                && (draft.getActorName() == null || draft.getActorName().isBlank())
                && !errors.hasFieldErrors("actorName")) {
            errors.rejectValue("actorName", "statement.form.actorRequired");
        }
    }

    /** The country code in capitals, or null when empty or after rejecting {@code field} as unknown. */
    public static String country(String text, String field, Errors errors) {
        if (text == null || text.isBlank() || errors.hasFieldErrors(field)) {
            return null;
        }
        String code = text.strip().toUpperCase(Locale.ROOT);
        if (!Countries.isKnown(code)) {
            errors.rejectValue(field, "country.unknown");
            return null;
        }
        return code;
    }

    /** Rejects {@code incident} unless the statement is about exactly one of an incident and an act. */
    public static void subject(boolean incidentGiven, boolean actGiven, Errors errors) {
        subject(incidentGiven, actGiven, "incident", errors);
    }

    private static void subject(boolean incidentGiven, boolean actGiven, String field, Errors errors) {
        if (!incidentGiven && !actGiven) {
            errors.rejectValue(field, "statement.form.subjectRequired");
        } else if (incidentGiven && actGiven) {
            errors.rejectValue(field, "statement.form.subjectBoth");
        }
    }

    /** Rejects {@code sources} when none is cited and the field holds no other refusal yet. */
    public static void sources(List<Long> ids, int refusedBefore, Errors errors) {
        if (ids.isEmpty() && errors.getFieldErrorCount("sources") == refusedBefore) {
            errors.rejectValue("sources", "statement.form.sourcesRequired");
        }
    }
}
