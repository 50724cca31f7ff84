package org.defencetracker.account;

/** An account as pages show it; never its password. */
public record AccountView(long id, String username, Role role, boolean enabled) {}
