package org.defencetracker.account.web;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.security.Principal;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import org.defencetracker.account.AccountNotFoundException;
import org.defencetracker.account.AccountService;
import org.defencetracker.account.AccountView;
import org.defencetracker.account.ApiTokens;
import org.defencetracker.account.PasswordPolicy;
import org.defencetracker.account.Role;
import org.defencetracker.account.TooManyTokensException;
import org.defencetracker.account.UnacceptablePasswordException;
import org.defencetracker.account.WrongPasswordException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A signed-in person's own account: who they are signed in as, the change of their password, and their API tokens
 * (issued, listed and revoked here; a new token's secret is shown on the answer to its issue alone, never stored).
 */
@Controller
class AccountController {

    private final AccountService accounts;
    private final ApiTokens tokens;
    private final Clock clock;

    AccountController(AccountService accounts, ApiTokens tokens, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.clock = clock;
    }

    @GetMapping("/account")
    String show(Principal principal, Model model) {
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

    /**
     * Issues a token and shows its secret on this answer, the only time it is shown: the page is not redirected to,
     * so the secret never passes through the session's stored attributes.
     */
    @PostMapping("/account/tokens")
    String issueToken(
            @Valid @ModelAttribute("tokenForm") TokenForm form,
            BindingResult errors,
            Principal principal,
            Model model) {
        AccountView account = account(principal);
        if (form.isCanWrite() && account.role() == Role.ANALYST) {
            errors.rejectValue("canWrite", "token.readOnlyForAnalysts");
        }
        if (form.getDays() != null && Arrays.stream(TokenForm.LIFETIMES).noneMatch(d -> d == form.getDays())) {
            errors.rejectValue("days", "token.lifetime");
        }
        if (!errors.hasErrors()) {
            try {
                model.addAttribute(
                        "issued", tokens.issue(principal.getName(), form.getName(), form.isCanWrite(), form.getDays()));
                model.addAttribute("tokenForm", new TokenForm());
            } catch (TooManyTokensException ex) {
                errors.reject("token.tooMany", new Object[] {ApiTokens.MAX_PER_ACCOUNT}, null);
            }
        }
        return page(principal, model);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        tokens.revoke(principal.getName(), id);
        redirect.addFlashAttribute("message", "token.revoked");
        return "redirect:/account#tokens";
    }

    private String page(Principal principal, Model model) {
        model.addAttribute("account", account(principal));
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new PasswordForm());
        }
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new TokenForm());
        }
        model.addAttribute("tokens", tokens.of(principal.getName()));
        model.addAttribute("lifetimes", TokenForm.LIFETIMES);
        model.addAttribute("now", clock.instant());
        model.addAttribute(
                "when",
                DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm z", LocaleContextHolder.getLocale())
                        .withZone(clock.getZone()));
        return "account/show";
    }

    private AccountView account(Principal principal) {
        return accounts.find(principal.getName()).orElseThrow(() -> new AccountNotFoundException(0));
    }
}
