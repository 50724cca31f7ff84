package org.defencetracker.account;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.defencetracker.shared.Constraints;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates accounts with hashed passwords and tells Spring Security who may sign in with which role. Rights taken
 * away (an account disabled, given a lesser role, or its password reset) end that account's web sessions at once,
 * in the same transaction as the change.
 */
@Service
@Transactional(readOnly = true)
public class AccountService implements UserDetailsService {

    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final JdbcClient jdbc;
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordEncoder passwords, JdbcClient jdbc, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public AccountView create(String username, String password, Role role) {
        if (username == null || !username.strip().matches("[A-Za-z0-9._@-]{3,60}")) {
            throw new IllegalArgumentException("a username has 3 to 60 letters, digits or . _ @ -");
        }
        PasswordPolicy.check(password);
        if (accounts.findByUsername(username.strip()).isPresent()) {
            throw new DuplicateUsernameException(username.strip());
        }
        try {
            return accounts.saveAndFlush(new Account(username.strip(), passwords.encode(password), role, clock))
                    .view();
        } catch (DataIntegrityViolationException ex) {
            // Two administrators creating the same name at once: the unique index decides, the form explains.
            if (Constraints.violated(ex, "ux_account_username")) {
                throw new DuplicateUsernameException(username.strip());
            }
            throw ex;
        }
    }

    public Optional<AccountView> find(String username) {
        return accounts.findByUsername(username).map(Account::view);
    }

    public long count() {
        return accounts.count();
    }

    public List<AccountView> all() {
        return accounts.findAll(Sort.by("username")).stream().map(Account::view).toList();
    }

    /** Enables or disables an account; the last enabled administrator stays enabled. Disabling signs it out. */
    @Transactional
    public AccountView setEnabled(long id, boolean enabled) {
        Account account = get(id);
        if (!enabled) {
            keepAnAdministrator(account);
            endSessions(account, null);
        }
        account.setEnabled(enabled, clock);
        return account.view();
    }

    /** Gives an account another role; the last enabled administrator stays one. A lesser role signs it out. */
    @Transactional
    public AccountView changeRole(long id, Role role) {
        Account account = get(id);
        if (role != Role.ADMIN) {
            keepAnAdministrator(account);
        }
        if (role.ordinal() < account.role().ordinal()) {
            endSessions(account, null);
        }
        account.setRole(role, clock);
        return account.view();
    }

    /**
     * The account's owner changes its password, confirming with the current one. Its other sessions end (whoever
     * may have learnt the old password is signed out); the one it was changed from, when named, goes on.
     */
    @Transactional
    public void changePassword(String username, String currentPassword, String newPassword, String keptSessionId) {
        Account account = accounts.findByUsername(username).orElseThrow(WrongPasswordException::new);
        if (currentPassword == null || !passwords.matches(currentPassword, account.passwordHash())) {
            throw new WrongPasswordException();
        }
        PasswordPolicy.check(newPassword);
        account.setPasswordHash(passwords.encode(newPassword), clock);
        endSessions(account, keptSessionId);
    }

    /** An administrator gives an account a new password; every session of that account ends. */
    @Transactional
    public AccountView resetPassword(long id, String newPassword) {
        Account account = get(id);
        PasswordPolicy.check(newPassword);
        account.setPasswordHash(passwords.encode(newPassword), clock);
        endSessions(account, null);
        return account.view();
    }

    /**
     * Spring Session keeps each signed-in session under its principal's name (the account's name as stored, which
     * sign-in uses); deleting the rows here commits or rolls back with the change that called for it.
     */
    private void endSessions(Account account, String keptSessionId) {
        jdbc.sql("delete from spring_session where principal_name = :name"
                        + " and (cast(:kept as varchar) is null or session_id <> :kept)")
                .param("name", account.username())
                .param("kept", keptSessionId)
                .update();
    }

    private Account get(long id) {
        return accounts.findById(id).orElseThrow(() -> new AccountNotFoundException(id));
    }

    private void keepAnAdministrator(Account account) {
        boolean lastAdmin = account.role() == Role.ADMIN
                && account.enabled()
                && accounts.findAll().stream()
                                .filter(a -> a.role() == Role.ADMIN && a.enabled())
                                .count()
                        == 1;
        if (lastAdmin) {
            throw new LastAdministratorException();
        }
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account =
                accounts.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("no such account"));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .disabled(!account.enabled())
                .authorities(new SimpleGrantedAuthority("ROLE_" + account.role().name()))
                .build();
    }
}
