package org.defencetracker.statement.web;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.defencetracker.body.BodyService;
import org.defencetracker.body.BodyView;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.shared.web.Picker;
import org.defencetracker.statement.RecordStatement;
import org.defencetracker.statement.SourceService;
import org.defencetracker.statement.StatementChecks;
import org.defencetracker.statement.StatementSubjects;
import org.defencetracker.statement.StatementView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Reads a statement form into the command it describes, making the checks bean validation cannot: the date with
 * its precision, an actor that is named or chosen, known countries, exactly one subject that exists, and known
 * sources. The page and the JSON API both read statements through it, so that both refuse the same input.
 */
@Component
public class StatementFormReader {

    /** The number at the end of a picker's option ("… · #12"). */
    private static final Pattern NUMBER = Pattern.compile("(?:^|\\s)#(\\d{1,18})\\s*$");

    private final SourceService sources;
    private final BodyService bodies;
    private final ObjectProvider<StatementSubjects> subjects;
    private final StatementChecks checks;

    StatementFormReader(
            SourceService sources,
            BodyService bodies,
            ObjectProvider<StatementSubjects> subjects,
            StatementChecks checks) {
        this.sources = sources;
        this.bodies = bodies;
        this.subjects = subjects;
        this.checks = checks;
    }

    /**
     * The command the form describes for a new statement ({@code current} null) or a correction of
     * {@code current}, or null after rejecting the fields that cannot be used in {@code errors}.
     */
    public RecordStatement read(StatementForm form, StatementView current, Errors errors) {
        FuzzyDate date = checks.date(form, errors);
        Long actorBodyId = null;
        if (!errors.hasFieldErrors("actorBody")) {
            actorBodyId = Picker.resolve(form.getActorBody(), bodyOptions(current));
            if (actorBodyId != null && actorBodyId < 0) {
                errors.rejectValue("actorBody", "picker.unknown");
                actorBodyId = null;
            } else {
                StatementChecks.actor(form, actorBodyId, errors);
            }
        }
        String actorCountry = StatementChecks.country(form.getActorCountry(), "actorCountry", errors);
        String claimedOrigin = StatementChecks.country(form.getClaimedOrigin(), "claimedOrigin", errors);
        Long incidentId = errors.hasFieldErrors("incident")
                ? null
                : subject(
                        form.getIncident(),
                        incidentOptions(),
                        id -> current != null && Long.valueOf(id).equals(current.incidentId())
                                ? Optional.of("")
                                : incidentName(id),
                        "incident",
                        errors);
        Long actId = errors.hasFieldErrors("act")
                ? null
                : subject(
                        form.getAct(),
                        actOptions(),
                        // The statement's own subject stays valid even where no module offers acts yet.
                        id -> current != null && Long.valueOf(id).equals(current.actId())
                                ? Optional.of("")
                                : actName(id),
                        "act",
                        errors);
        boolean incidentGiven =
                form.getIncident() != null && !form.getIncident().isBlank();
        boolean actGiven = form.getAct() != null && !form.getAct().isBlank();
        StatementChecks.subject(incidentGiven, actGiven, errors);
        List<Long> sourceIds = sourceIds(form.getSources(), current, errors);
        if (errors.hasErrors()) {
            return null;
        }
        return new RecordStatement(
                date,
                form.getActorType(),
                form.getActorName(),
                actorBodyId,
                actorCountry,
                form.getStance(),
                claimedOrigin,
                form.getText(),
                form.isQuote(),
                incidentId,
                actId,
                sourceIds);
    }

    /** The record a subject picker names: one offered, or any by its number; -1 rejected, null when empty. */
    private static Long subject(
            String text,
            Map<Long, String> offered,
            LongFunction<Optional<String>> lookup,
            String field,
            Errors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher number = NUMBER.matcher(text.strip());
        Long id;
        if (number.find()) {
            long wanted = Long.parseLong(number.group(1));
            id = offered.containsKey(wanted) || lookup.apply(wanted).isPresent() ? wanted : -1L;
        } else {
            id = Picker.resolve(text, offered);
        }
        if (id != null && id < 0) {
            errors.rejectValue(field, "picker.unknown");
            return null;
        }
        return id;
    }

    /** The chosen sources, each once, in the order given; at least one, each one known. */
    private List<Long> sourceIds(String[] texts, StatementView current, Errors errors) {
        int rejected = errors.getFieldErrorCount("sources");
        List<Long> ids = Picker.resolveAll(texts, sources.choices(cited(current)), "sources", errors);
        StatementChecks.sources(ids, rejected, errors);
        return ids;
    }

    static Set<Long> cited(StatementView statement) {
        Set<Long> ids = new LinkedHashSet<>();
        if (statement != null) {
            statement.sources().forEach(s -> ids.add(s.id()));
        }
        return ids;
    }

    /** Bodies that can be the actor: those in the lists, and the current actor even if archived since. */
    Map<Long, String> bodyOptions(StatementView current) {
        Map<Long, String> options = new LinkedHashMap<>();
        for (BodyView b : bodies.all()) {
            options.put(b.id(), b.nameEn());
        }
        if (current != null && current.actorBodyId() != null) {
            options.putIfAbsent(current.actorBodyId(), current.actorName());
        }
        return options;
    }

    Map<Long, String> incidentOptions() {
        Map<Long, String> options = new LinkedHashMap<>();
        subjects.orderedStream().forEach(s -> s.incidents().forEach(options::putIfAbsent));
        return options;
    }

    Map<Long, String> actOptions() {
        Map<Long, String> options = new LinkedHashMap<>();
        subjects.orderedStream().forEach(s -> s.acts().forEach(options::putIfAbsent));
        return options;
    }

    Optional<String> incidentName(long id) {
        return subjects.orderedStream()
                .map(s -> s.incident(id))
                .flatMap(Optional::stream)
                .findFirst();
    }

    Optional<String> actName(long id) {
        return subjects.orderedStream()
                .map(s -> s.act(id))
                .flatMap(Optional::stream)
                .findFirst();
    }
}
