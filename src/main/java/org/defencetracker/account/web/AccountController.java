package org.defencetracker.account.web;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.security.Principal;
import org.defencetracker.account.AccountNotFoundException;
import org.defencetracker.account.AccountService;
import org.defencetracker.account.PasswordPolicy;
import org.defencetracker.account.UnacceptablePasswordException;
import org.defencetracker.account.WrongPasswordException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A signed-in person's own account: who they are signed in as, and the change of their password. */
@Controller
class AccountController {

    private final AccountService accounts;

    AccountController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account")
    String show(Principal principal, Model model) {
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new PasswordForm());
        }
        return page(principal, model);
    }

    @PostMapping("/account/password")
    String changePassword(
            @Valid @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult errors,
            Principal principal,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        if (form.getNewPassword() != null && !form.getNewPassword().isBlank()) {
            PasswordPolicy.problemOf(form.getNewPassword())
                    .ifPresent(problem -> errors.rejectValue("newPassword", problem));
        }
        if (!errors.hasFieldErrors("newPassword")
                && !errors.hasFieldErrors("confirmation")
                && !form.getNewPassword().equals(form.getConfirmation())) {
            errors.rejectValue("confirmation", "Mismatch.passwordForm.confirmation");
        }
        if (!errors.hasErrors()) {
            try {
                accounts.changePassword(
                        principal.getName(), form.getCurrentPassword(), form.getNewPassword(), session.getId());
                redirect.addFlashAttribute("message", "account.passwordChanged");
                return "redirect:/account";
            } catch (WrongPasswordException ex) {
                errors.rejectValue("currentPassword", "Wrong.passwordForm.currentPassword");
            } catch (UnacceptablePasswordException ex) {
                errors.rejectValue("newPassword", ex.problem());
            }
        }
        form.forget();
        return page(principal, model);
    }

    private String page(Principal principal, Model model) {
        model.addAttribute(
                "account", accounts.find(principal.getName()).orElseThrow(() -> new AccountNotFoundException(0)));
        return "account/show";
    }
}
