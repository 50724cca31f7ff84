package org.defencetracker.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RedirectAttributesMethodArgumentResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Resolves an {@link EditRequest} argument from the parts Spring MVC gives a handler one by one: the model of the
 * page, the response, and redirect attributes that are the ones the redirect carries, as a {@link
 * RedirectAttributes} argument would be.
 */
@Component
class EditRequests implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    private final RedirectAttributesMethodArgumentResolver redirects = new RedirectAttributesMethodArgumentResolver();

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == EditRequest.class;
    }

    @Override
    public EditRequest resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binders)
            throws Exception {
        RedirectAttributes redirect =
                (RedirectAttributes) redirects.resolveArgument(parameter, container, request, binders);
        return new EditRequest(
                new RowChange(request.getParameter("addRow"), request.getParameter("removeRow")),
                (Model) container.getModel(), // the default model, a Model as a Model argument would be
                request.getNativeResponse(HttpServletResponse.class),
                redirect);
    }
}
