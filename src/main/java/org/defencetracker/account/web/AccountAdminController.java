package org.defencetracker.account.web;

import jakarta.validation.Valid;
import org.defencetracker.account.AccountService;
import org.defencetracker.account.DuplicateUsernameException;
import org.defencetracker.account.LastAdministratorException;
import org.defencetracker.account.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators create accounts, disable and enable them, and change their roles. */
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
        if (!errors.hasErrors()) {
            try {
                accounts.create(form.getUsername(), form.getPassword(), form.getRole());
                redirect.addFlashAttribute("message", "account.created");
                redirect.addFlashAttribute("messageArgument", form.getUsername().strip());
                return "redirect:/admin/accounts";
            } catch (DuplicateUsernameException ex) {
                errors.rejectValue("username", "Duplicate.accountForm.username");
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
}
