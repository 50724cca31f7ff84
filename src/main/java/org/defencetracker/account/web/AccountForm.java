package org.defencetracker.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.defencetracker.account.Role;

/** The administrator's form for a new account. */
public class AccountForm {

    @NotBlank
    @Pattern(regexp = "[A-Za-z0-9._@-]{3,60}")
    private String username;

    /** Its rules are {@link org.defencetracker.account.PasswordPolicy}'s, checked by the controller. */
    @NotBlank
    private String password;

    @NotNull
    private Role role = Role.EDITOR;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
