package org.defencetracker.shared.web;

import org.springframework.core.ResolvableType;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.support.ExtendedServletRequestDataBinder;

/**
 * A typed query (a record of query parameters, such as the timeline's) is read from the address only. Spring also
 * binds request headers of the same name, so that a header such as {@code Size: 0} would refuse or change a page.
 */
@ControllerAdvice
class QueryBinding {

    @InitBinder
    void fromTheAddressOnly(WebDataBinder binder) {
        ResolvableType target = binder.getTargetType();
        Class<?> type = target == null ? null : target.resolve();
        if (type != null && type.isRecord() && binder instanceof ExtendedServletRequestDataBinder query) {
            query.setHeaderPredicate(header -> false);
        }
    }
}
