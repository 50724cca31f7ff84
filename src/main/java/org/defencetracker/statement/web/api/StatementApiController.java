package org.defencetracker.statement.web.api;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.net.URI;
import org.defencetracker.shared.InputValidator;
import org.defencetracker.shared.web.api.ApiInput;
import org.defencetracker.statement.RecordStatement;
import org.defencetracker.statement.StatementChecks;
import org.defencetracker.statement.StatementService;
import org.defencetracker.statement.StatementView;
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

    private final StatementService statements;
    private final StatementChecks checks;
    private final InputValidator input;

    StatementApiController(StatementService statements, StatementChecks checks, InputValidator input) {
        this.statements = statements;
        this.checks = checks;
        this.input = input;
    }

    @GetMapping("/{id}")
    StatementJson show(@PathVariable long id) {
        return StatementJson.of(statements.get(id));
    }

    @PostMapping
    @SecurityRequirement(name = "basic")
    ResponseEntity<StatementJson> create(@RequestBody StatementInput body) throws BindException {
        RecordStatement command = command(body, null);
        StatementView saved = statements.record(command);
        return ResponseEntity.created(URI.create("/api/v1/statements/" + saved.id()))
                .body(StatementJson.of(saved));
    }

    /** Corrects a statement; an edit of an older version than the saved one answers 409 and changes nothing. */
    @PutMapping("/{id}")
    @SecurityRequirement(name = "basic")
    StatementJson update(@PathVariable long id, @RequestBody StatementInput body) throws BindException {
        StatementView current = statements.get(id);
        RecordStatement command = command(body, current);
        return StatementJson.of(statements.update(id, body.version(), command));
    }

    private RecordStatement command(StatementInput body, StatementView current) throws BindException {
        BindingResult errors = input.validate(body);
        if (current != null && body.version() == null) {
            errors.rejectValue("version", "edit.versionMissing");
        }
        RecordStatement command = checks.read(body, current, errors);
        ApiInput.refuseIfInvalid(errors);
        return command;
    }
}
