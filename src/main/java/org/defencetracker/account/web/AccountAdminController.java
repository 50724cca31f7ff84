package org.defencetracker.account.web;

import jakarta.validation.Valid;
import org.defencetracker.account.AccountService;
import org.defencetracker.account.AccountView;
import org.defencetracker.account.DuplicateUsernameException;
import org.defencetracker.account.LastAdministratorException;
import org.defencetracker.account.PasswordPolicy;
import org.defencetracker.account.Role;
import org.defencetracker.account.UnacceptablePasswordException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators create accounts, disable and enable them, change their roles and reset their passwords. */
@Controller
class AccountAdminController {

    private final AccountService accounts;

    AccountAdminController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/admin/accounts")
    String list(Model model) {
        if (!model.containsAttribute("accountForm")) {
            model.addAttribute("accountForm", new AccountForm());
        }
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("roles", Role.values());
        return "account/admin";
    }

    @PostMapping("/admin/accounts")
    String create(
            @Valid @ModelAttribute("accountForm") AccountForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("password")) {
            PasswordPolicy.problemOf(form.getPassword()).ifPresent(problem -> errors.rejectValue("password", problem));
        }
        if (!errors.hasErrors()) {
            try {
                accounts.create(form.getUsername(), form.getPassword(), form.getRole());
                redirect.addFlashAttribute("message", "account.created");
                redirect.addFlashAttribute("messageName", form.getUsername().strip());
                return "redirect:/admin/accounts";
            } catch (DuplicateUsernameException ex) {
                errors.rejectValue("username", "Duplicate.accountForm.username");
            } catch (UnacceptablePasswordException ex) {
                errors.rejectValue("password", ex.problem());
            }
        }
        form.setPassword(null);
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("roles", Role.values());
        return "account/admin";
    }

    @PostMapping("/admin/accounts/{id}/enabled")
    String setEnabled(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        try {
            accounts.setEnabled(id, enabled);
            redirect.addFlashAttribute("message", enabled ? "account.enabled" : "account.disabled");
        } catch (LastAdministratorException ex) {
            redirect.addFlashAttribute("problem", "account.lastAdmin");
        }
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{id}/role")
    String changeRole(@PathVariable long id, @RequestParam Role role, RedirectAttributes redirect) {
        try {
            accounts.changeRole(id, role);
            redirect.addFlashAttribute("message", "account.roleChanged");
        } catch (LastAdministratorException ex) {
            redirect.addFlashAttribute("problem", "account.lastAdmin");
        }
        return "redirect:/admin/accounts";
    }

    /**
     * A new password for someone who lost theirs, or whose password may be known to others: every session of that
     * account ends. A password that is refused is said so beside that account's field.
     */
    @PostMapping("/admin/accounts/{id}/password")
    String resetPassword(
            @PathVariable long id,
            @RequestParam(name = "password", required = false) String password,
            RedirectAttributes redirect) {
        try {
            AccountView account = accounts.resetPassword(id, password);
            redirect.addFlashAttribute("message", "account.passwordReset");
            redirect.addFlashAttribute("messageName", account.username());
        } catch (UnacceptablePasswordException ex) {
            redirect.addFlashAttribute("resetAccount", id);
            redirect.addFlashAttribute("resetProblem", ex.problem());
        }
        return "redirect:/admin/accounts";
    }
}
