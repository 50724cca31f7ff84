package org.defencetracker.config;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's title and its one way of signing in, HTTP Basic, which the writing operations name so
 * that Swagger UI sends the credentials with them.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Defence Tracker API",
                        version = "v1",
                        description = "Regulation and incidents on one timeline. Errors are RFC 9457 problem details."))
@SecurityScheme(name = ApiDocumentation.BASIC, type = SecuritySchemeType.HTTP, scheme = "basic")
class ApiDocumentation {

    static final String BASIC = "basic";
}
