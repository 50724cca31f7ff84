package org.defencetracker.act.web.api;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.defencetracker.act.ActKind;
import org.defencetracker.act.ActService;
import org.defencetracker.act.ActView;
import org.defencetracker.act.DuplicateOfficialNumberException;
import org.defencetracker.act.web.ActForm;
import org.defencetracker.act.web.ActFormReader;
import org.defencetracker.body.MandateChange;
import org.defencetracker.body.MandateService;
import org.defencetracker.shared.InputValidator;
import org.defencetracker.shared.web.api.ApiInput;
import org.defencetracker.shared.web.api.ApiParameters;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Legal acts: read by anyone who may read the site, issued and corrected by editors with the form's rules, the
 * duties they grant included.
 */
@RestController
@RequestMapping("/api/v1/acts")
class ActApiController {

    /** The form's pickers take a record's name, the API its id. */
    private static final Map<String, String> JSON_NAMES =
            Map.of("issuingBody", "issuingBodyId", "body", "bodyId", "mandate", "mandateId");

    private final ActService acts;
    private final MandateService mandates;
    private final ActFormReader reader;
    private final InputValidator input;
    private final Clock clock;

    ActApiController(
            ActService acts, MandateService mandates, ActFormReader reader, InputValidator input, Clock clock) {
        this.acts = acts;
        this.mandates = mandates;
        this.reader = reader;
        this.input = input;
        this.clock = clock;
    }

    /**
     * The acts on record, newest first, of one {@code kind} if given; with {@code changedSince}, every act changed
     * since, archived too, oldest change first.
     */
    @GetMapping
    List<ActJson> list(
            @RequestParam(required = false) ActKind kind, @RequestParam(required = false) String changedSince) {
        Instant since = ApiParameters.changedSince(changedSince, clock);
        List<ActView> found = since == null
                ? acts.list(kind)
                : acts.changedSince(since).stream()
                        .filter(act -> kind == null || act.kind() == kind)
                        .toList();
        return found.stream().map(ActJson::of).toList();
    }

    /** The act with its stages and the duties it grants or withdraws. */
    @GetMapping("/{id}")
    ActJson show(@PathVariable long id) {
        return ActJson.of(acts.get(id), mandates.ofAct(id));
    }

    @PostMapping
    @SecurityRequirement(name = "basic")
    ResponseEntity<ActJson> create(@RequestBody ActInput body) throws BindException {
        ActForm form = body.form();
        BindingResult errors = input.validate(form);
        ActFormReader.Parsed parsed = reader.read(form, errors);
        ApiInput.refuseIfInvalid(errors, JSON_NAMES);
        try {
            ActView saved = reader.issue(parsed);
            return ResponseEntity.created(URI.create("/api/v1/acts/" + saved.id()))
                    .body(ActJson.of(saved, mandates.ofAct(saved.id())));
        } catch (DuplicateOfficialNumberException ex) {
            errors.rejectValue("officialNumber", "act.duplicateNumber");
            ApiInput.refuseIfInvalid(errors, JSON_NAMES);
            throw ex;
        }
    }

    /** Corrects an act; an edit of an older version than the saved one answers 409 and changes nothing. */
    @PutMapping("/{id}")
    @SecurityRequirement(name = "basic")
    ActJson update(@PathVariable long id, @RequestBody ActInput body) throws BindException {
        ActView act = acts.get(id);
        List<ActInput.Duty> granted = mandates.ofAct(id).stream()
                .filter(m -> m.change() == MandateChange.GRANTED)
                .map(m -> new ActInput.Duty(m.id(), m.bodyId(), m.duty(), m.validFrom(), m.validTo()))
                .toList();
        ActForm form = body.keeping(act.sourceIds(), granted).form();
        BindingResult errors = input.validate(form);
        if (form.getVersion() == null) {
            errors.rejectValue("version", "edit.versionMissing");
        }
        ActFormReader.Parsed parsed = reader.read(form, errors);
        ApiInput.refuseIfInvalid(errors, JSON_NAMES);
        try {
            reader.update(id, form.getVersion(), parsed);
        } catch (DuplicateOfficialNumberException ex) {
            errors.rejectValue("officialNumber", "act.duplicateNumber");
            ApiInput.refuseIfInvalid(errors, JSON_NAMES);
            throw ex;
        }
        return ActJson.of(acts.get(id), mandates.ofAct(id));
    }
}
