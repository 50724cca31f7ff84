package org.defencetracker.account.web.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import org.defencetracker.account.ApiTokens;
import org.defencetracker.account.TooManyTokensException;
import org.defencetracker.shared.web.api.ApiCollections;
import org.defencetracker.shared.web.api.ApiPage;
import org.defencetracker.shared.web.api.ApiWrites;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own API tokens, for scripts that set themselves up: listed and revoked with any sign-in, issued
 * only with the account's password (HTTP Basic), never on the strength of another token.
 */
@RestController
@Tag(name = "Tokens", description = "Your own personal access tokens")
@RequestMapping("/api/v1/tokens")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "basic")
class TokenApiController {

    private final ApiTokens tokens;
    private final ApiWrites writes;

    TokenApiController(ApiTokens tokens, ApiCollections api) {
        this.tokens = tokens;
        this.writes = api.writes("/api/v1/tokens");
    }

    /** What a token is to be: its name, whether it may write, and for how many days (none: until revoked). */
    @Schema(name = "TokenInput")
    record TokenInput(
            @NotBlank @Size(max = ApiTokens.MAX_NAME_LENGTH) String name,
            Boolean canWrite,
            @Min(1) @Max(3660) Integer days) {

        /** Read-only unless asked otherwise. */
        boolean writes() {
            return Boolean.TRUE.equals(canWrite);
        }
    }

    /** A token as listed; {@code secret} only in the answer that issued it. */
    @Schema(name = "TokenJson")
    record TokenJson(@JsonUnwrapped ApiTokens.TokenView token, String secret) {}

    @GetMapping
    @Operation(operationId = "listTokens", summary = "The signed-in account's API tokens")
    ApiPage<TokenJson> list(Principal principal) {
        return ApiPage.whole(tokens.of(principal.getName()).stream()
                .map(t -> new TokenJson(t, null))
                .toList());
    }

    @PostMapping
    @Operation(
            operationId = "createToken",
            summary = "Issue an API token; its secret is in this answer only",
            responses =
                    @ApiResponse(
                            responseCode = "201",
                            description = "Issued; Location holds its address",
                            content = @Content(schema = @Schema(implementation = TokenJson.class))))
    ResponseEntity<?> issue(@RequestBody TokenInput body, Authentication signedIn, HttpServletRequest request)
            throws BindException {
        // HTTP Basic signs in with a password; a token signs in as a token of its own kind.
        if (!(signedIn instanceof UsernamePasswordAuthenticationToken)) {
            return ApiWrites.problem(
                    HttpStatus.FORBIDDEN,
                    "A token is issued only with the account's password (HTTP Basic), not with another token.",
                    request);
        }
        ApiTokens.IssuedToken issued = writes.check(body, errors -> {
                    if (body.canWrite()
                            && signedIn.getAuthorities().stream()
                                    .noneMatch(a -> "ROLE_EDITOR".equals(a.getAuthority())
                                            || "ROLE_ADMIN".equals(a.getAuthority()))) {
                        errors.rejectValue("canWrite", "token.readOnlyForAnalysts");
                    }
                    return body;
                })
                .save(input -> tokens.issue(signedIn.getName(), input.name(), input.writes(), input.days()));
        return writes.created(issued.token().id(), new TokenJson(issued.token(), issued.secret()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "revokeToken", summary = "Revoke an API token")
    void revoke(@PathVariable long id, Principal principal) {
        tokens.revoke(principal.getName(), id);
    }

    @ExceptionHandler(TooManyTokensException.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyTokensException ex, HttpServletRequest request) {
        return ApiWrites.problem(
                HttpStatus.CONFLICT,
                "This account holds as many tokens as it may (" + ApiTokens.MAX_PER_ACCOUNT + "); revoke one first.",
                request);
    }
}
