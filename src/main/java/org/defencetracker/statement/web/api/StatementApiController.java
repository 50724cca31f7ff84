package org.defencetracker.statement.web.api;

import org.defencetracker.statement.StatementService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A statement, read on its own; the ledger of an incident comes with the incident. */
@RestController
class StatementApiController {

    private final StatementService statements;

    StatementApiController(StatementService statements) {
        this.statements = statements;
    }

    @GetMapping("/api/v1/statements/{id}")
    StatementJson show(@PathVariable long id) {
        return StatementJson.of(statements.get(id));
    }
}
