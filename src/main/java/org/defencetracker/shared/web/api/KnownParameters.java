package org.defencetracker.shared.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.defencetracker.shared.InvalidParameterException;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Under {@code /api/}, a query parameter that no operation reads is refused with 400 naming it, instead of being
 * ignored: a client that misspells {@code changedSince} or sends {@code limit} for {@code size} learns it at once
 * rather than reading an unfiltered list. The names an operation reads are its {@code @RequestParam}s and the
 * components of the query records it binds (the timeline's, the search's); Spring Security's {@code _csrf}, which
 * a page's script may send along, is no operation's and is let through.
 */
@Component
class KnownParameters implements HandlerInterceptor, WebMvcConfigurer {

    private static final String CSRF = "_csrf";

    private final Map<HandlerMethod, Optional<Set<String>>> known = new ConcurrentHashMap<>();

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            Optional<Set<String>> names = known.computeIfAbsent(method, KnownParameters::namesRead);
            names.ifPresent(read -> request.getParameterMap().forEach((name, values) -> {
                if (!read.contains(name) && !CSRF.equals(name)) {
                    throw new InvalidParameterException(
                            name, values.length == 0 ? null : values[0], "error.parameter.unknown");
                }
            }));
        }
        return true;
    }

    /** The parameter names the handler reads; empty when it reads them all (a map of parameters). */
    private static Optional<Set<String>> namesRead(HandlerMethod handler) {
        Set<String> names = new HashSet<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null) {
                if (Map.class.isAssignableFrom(parameter.getParameterType())) {
                    return Optional.empty();
                }
                String name = StringUtils.hasText(param.name()) ? param.name() : parameter.getParameterName();
                names.add(name);
            } else if (parameter.hasParameterAnnotation(ParameterObject.class)
                    || parameter.hasParameterAnnotation(ModelAttribute.class)) {
                Class<?> type = parameter.getParameterType();
                if (!type.isRecord()) {
                    return Optional.empty();
                }
                for (RecordComponent component : type.getRecordComponents()) {
                    names.add(component.getName());
                }
            }
        }
        return Optional.of(Set.copyOf(names));
    }
}
