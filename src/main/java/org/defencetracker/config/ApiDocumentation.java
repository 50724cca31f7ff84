package org.defencetracker.config;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's title and its two ways of signing in: personal access tokens (Bearer) and HTTP Basic, kept
 * for clients written before tokens. An operation that names Basic (the writing ones) accepts a token as well, so
 * that Swagger UI and generated clients send either.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Defence Tracker API",
                        version = "v1",
                        description = "Regulation and incidents on one timeline. Errors are RFC 9457 problem details."))
@SecurityScheme(name = ApiDocumentation.BASIC, type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(
        name = ApiDocumentation.BEARER,
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "A personal access token (dtk_…), issued on the account page or by POST /api/v1/tokens.")
class ApiDocumentation {

    static final String BASIC = "basic";
    static final String BEARER = "bearer";

    @Bean
    OperationCustomizer tokensWhereBasic() {
        return (operation, handler) -> {
            if (operation.getSecurity() != null
                    && operation.getSecurity().stream().anyMatch(r -> r.containsKey(BASIC))
                    && operation.getSecurity().stream().noneMatch(r -> r.containsKey(BEARER))) {
                operation.getSecurity().add(0, new SecurityRequirement().addList(BEARER));
            }
            return operation;
        };
    }
}
