package org.defencetracker.account;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;

@Entity
class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    private boolean enabled = true;

    @Version
    private long version;

    private Instant createdAt;

    private Instant updatedAt;

    protected Account() {}

    Account(String username, String passwordHash, Role role, Clock clock) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = clock.instant();
        this.updatedAt = createdAt;
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    Role role() {
        return role;
    }

    boolean enabled() {
        return enabled;
    }

    void setEnabled(boolean enabled, Clock clock) {
        this.enabled = enabled;
        this.updatedAt = clock.instant();
    }

    void setPasswordHash(String passwordHash, Clock clock) {
        this.passwordHash = passwordHash;
        this.updatedAt = clock.instant();
    }

    void setRole(Role role, Clock clock) {
        this.role = role;
        this.updatedAt = clock.instant();
    }

    AccountView view() {
        return new AccountView(id, username, role, enabled);
    }
}
