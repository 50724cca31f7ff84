package org.defencetracker.account.web;

import jakarta.validation.constraints.NotBlank;

/** A signed-in person's change of their own password: the current one, and the new one twice. */
public class PasswordForm {

    @NotBlank
    private String currentPassword;

    @NotBlank
    private String newPassword;

    @NotBlank
    private String confirmation;

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }

    /** Passwords are never sent back to the browser, not even to the one that typed them. */
    void forget() {
        currentPassword = null;
        newPassword = null;
        confirmation = null;
    }
}
