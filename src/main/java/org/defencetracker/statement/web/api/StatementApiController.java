package org.defencetracker.statement.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.defencetracker.shared.web.api.ApiCollections;
import org.defencetracker.shared.web.api.ApiWrites;
import org.defencetracker.statement.StatementChecks;
import org.defencetracker.statement.StatementService;
import org.defencetracker.statement.StatementView;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
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
@Tag(name = "Statements", description = "What officials and others said, with its source")
@RequestMapping("/api/v1/statements")
class StatementApiController {

    private final StatementService statements;
    private final StatementChecks checks;
    private final ApiWrites writes;

    StatementApiController(StatementService statements, StatementChecks checks, ApiCollections api) {
        this.statements = statements;
        this.checks = checks;
        this.writes = api.writes("/api/v1/statements");
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getStatement", summary = "A statement")
    StatementJson show(@PathVariable long id) {
        return StatementJson.of(statements.get(id));
    }

    @PostMapping
    @SecurityRequirement(name = "basic")
    @Operation(operationId = "createStatement", summary = "Record a statement about an incident or an act")
    ResponseEntity<StatementJson> create(@RequestBody StatementInput body) throws BindException {
        StatementView saved =
                writes.check(body, errors -> checks.read(body, null, errors)).save(statements::record);
        return writes.created(saved.id(), StatementJson.of(saved));
    }

    /** Corrects a statement; an edit of an older version than the saved one answers 409 and changes nothing. */
    @PutMapping("/{id}")
    @SecurityRequirement(name = "basic")
    @Operation(operationId = "updateStatement", summary = "Correct a statement")
    StatementJson update(@PathVariable long id, @RequestBody StatementInput body) throws BindException {
        StatementView current = statements.get(id);
        return writes.checkUpdate(body, errors -> checks.read(body, current, errors))
                .save(command -> StatementJson.of(statements.update(id, body.version(), command)));
    }
}
