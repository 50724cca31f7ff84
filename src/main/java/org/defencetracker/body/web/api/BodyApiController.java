package org.defencetracker.body.web.api;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.defencetracker.body.BodyChecks;
import org.defencetracker.body.BodyService;
import org.defencetracker.body.BodyView;
import org.defencetracker.body.CreateBody;
import org.defencetracker.body.DuplicateBodyNameException;
import org.defencetracker.body.MandateService;
import org.defencetracker.shared.InputValidator;
import org.defencetracker.shared.InvalidParameterException;
import org.defencetracker.shared.web.api.ApiInput;
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
 * Government bodies and what they were charged with on a day: read by anyone who may read the site, added and
 * corrected by editors with the form's rules.
 */
@RestController
@RequestMapping("/api/v1/bodies")
class BodyApiController {

    private final BodyService bodies;
    private final MandateService mandates;
    private final BodyChecks checks;
    private final InputValidator input;
    private final Clock clock;

    BodyApiController(
            BodyService bodies, MandateService mandates, BodyChecks checks, InputValidator input, Clock clock) {
        this.bodies = bodies;
        this.mandates = mandates;
        this.checks = checks;
        this.input = input;
        this.clock = clock;
    }

    @GetMapping
    List<BodyJson> list() {
        return bodies.all().stream().map(BodyJson::of).toList();
    }

    /** The body with its mandate as of {@code asOf} (YYYY-MM-DD), today when not given. */
    @GetMapping("/{id}")
    BodyJson show(@PathVariable long id, @RequestParam(required = false) String asOf) {
        LocalDate date = asOf == null || asOf.isBlank() ? LocalDate.now(clock) : day(asOf);
        return BodyJson.of(bodies.get(id), date, mandates.asOf(id, date));
    }

    @PostMapping
    @SecurityRequirement(name = "basic")
    ResponseEntity<BodyJson> create(@RequestBody BodyInput body) throws BindException {
        BindingResult errors = input.validate(body);
        CreateBody command = checks.read(body, null, errors);
        ApiInput.refuseIfInvalid(errors);
        try {
            BodyView saved = bodies.create(command);
            return ResponseEntity.created(URI.create("/api/v1/bodies/" + saved.id()))
                    .body(BodyJson.of(saved));
        } catch (DuplicateBodyNameException ex) {
            errors.rejectValue("nameEn", "body.duplicateName");
            ApiInput.refuseIfInvalid(errors);
            throw ex;
        }
    }

    /** Corrects a body; an edit of an older version than the saved one answers 409 and changes nothing. */
    @PutMapping("/{id}")
    @SecurityRequirement(name = "basic")
    BodyJson update(@PathVariable long id, @RequestBody BodyInput body) throws BindException {
        bodies.get(id);
        BindingResult errors = input.validate(body);
        if (body.version() == null) {
            errors.rejectValue("version", "edit.versionMissing");
        }
        CreateBody command = checks.read(body, id, errors);
        ApiInput.refuseIfInvalid(errors);
        try {
            return BodyJson.of(bodies.update(id, body.version(), command));
        } catch (DuplicateBodyNameException ex) {
            errors.rejectValue("nameEn", "body.duplicateName");
            ApiInput.refuseIfInvalid(errors);
            throw ex;
        }
    }

    private static LocalDate day(String asOf) {
        try {
            return LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException ex) {
            throw new InvalidParameterException("asOf", asOf, "error.parameter.date");
        }
    }
}
