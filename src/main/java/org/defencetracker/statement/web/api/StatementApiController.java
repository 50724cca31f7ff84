package org.defencetracker.statement.web.api;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.net.URI;
import java.util.Map;
import org.defencetracker.shared.InputValidator;
import org.defencetracker.shared.web.api.ApiInput;
import org.defencetracker.statement.RecordStatement;
import org.defencetracker.statement.StatementService;
import org.defencetracker.statement.StatementView;
import org.defencetracker.statement.web.StatementForm;
import org.defencetracker.statement.web.StatementFormReader;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Statements: read on their own (the ledger of an incident comes with the incident), recorded and corrected by
 * editors with the form's rules; the subject's attribution follows as it does from the page.
 */
@RestController
@RequestMapping("/api/v1/statements")
class StatementApiController {

    /** The form's pickers take a record's name, the API its id. */
    private static final Map<String, String> JSON_NAMES =
            Map.of("actorBody", "actorBodyId", "incident", "incidentId", "act", "actId");

    private final StatementService statements;
    private final StatementFormReader reader;
    private final InputValidator input;

    StatementApiController(StatementService statements, StatementFormReader reader, InputValidator input) {
        this.statements = statements;
        this.reader = reader;
        this.input = input;
    }

    @GetMapping("/{id}")
    StatementJson show(@PathVariable long id) {
        return StatementJson.of(statements.get(id));
    }

    @PostMapping
    @SecurityRequirement(name = "basic")
    ResponseEntity<StatementJson> create(@RequestBody StatementInput body) throws BindException {
        RecordStatement command = command(body.form(), null);
        StatementView saved = statements.record(command);
        return ResponseEntity.created(URI.create("/api/v1/statements/" + saved.id()))
                .body(StatementJson.of(saved));
    }

    /** Corrects a statement; an edit of an older version than the saved one answers 409 and changes nothing. */
    @PutMapping("/{id}")
    @SecurityRequirement(name = "basic")
    StatementJson update(@PathVariable long id, @RequestBody StatementInput body) throws BindException {
        StatementView current = statements.get(id);
        StatementForm form = body.form();
        RecordStatement command = command(form, current);
        return StatementJson.of(statements.update(id, form.getVersion(), command));
    }

    private RecordStatement command(StatementForm form, StatementView current) throws BindException {
        BindingResult errors = input.validate(form);
        if (current != null && form.getVersion() == null) {
            errors.rejectValue("version", "edit.versionMissing");
        }
        RecordStatement command = reader.read(form, current, errors);
        ApiInput.refuseIfInvalid(errors, JSON_NAMES);
        return command;
    }
}
