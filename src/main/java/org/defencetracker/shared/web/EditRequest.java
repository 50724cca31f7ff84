package org.defencetracker.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a posted record form brings besides the form and its problems, in one argument of the handler: the row
 * button pressed (if any), the page's model, the response (a conflict answers 409) and the flash of the redirect
 * that follows a save. Resolved for any handler that names it ({@link EditRequests}).
 *
 * @param rows the row button pressed, if any ({@link RowChange#asked()})
 */
public record EditRequest(RowChange rows, Model model, HttpServletResponse response, RedirectAttributes redirect) {}
