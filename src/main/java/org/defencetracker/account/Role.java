package org.defencetracker.account;

/** What an account may do: analysts read, editors also write, administrators also manage accounts. */
public enum Role {
    ANALYST,
    EDITOR,
    ADMIN
}
