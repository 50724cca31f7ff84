package org.defencetracker.account;

import java.util.Optional;
import org.defencetracker.shared.Constraints;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts with hashed passwords and tells Spring Security who may sign in with which role. */
@Service
@Transactional(readOnly = true)
public class AccountService implements UserDetailsService {

    public static final int MIN_PASSWORD_LENGTH = 12;

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final SignInThrottle throttle;

    AccountService(AccountRepository accounts, PasswordEncoder passwords, SignInThrottle throttle) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Transactional
    public AccountView create(String username, String password, Role role) {
        if (username == null || !username.strip().matches("[A-Za-z0-9._@-]{3,60}")) {
            throw new IllegalArgumentException("a username has 3 to 60 letters, digits or . _ @ -");
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("a password has at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (accounts.findByUsername(username.strip()).isPresent()) {
            throw new DuplicateUsernameException(username.strip());
        }
        try {
            return accounts.saveAndFlush(new Account(username.strip(), passwords.encode(password), role))
                    .view();
        } catch (org.springframework.dao.DataIntegrityViolationException ex) {
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

    public java.util.List<AccountView> all() {
        return accounts.findAll(org.springframework.data.domain.Sort.by("username")).stream()
                .map(Account::view)
                .toList();
    }

    /** Enables or disables an account; the last enabled administrator stays enabled. */
    @Transactional
    public AccountView setEnabled(long id, boolean enabled) {
        Account account = get(id);
        if (!enabled) {
            keepAnAdministrator(account);
        }
        account.setEnabled(enabled);
        return account.view();
    }

    /** Gives an account another role; the last enabled administrator stays one. */
    @Transactional
    public AccountView changeRole(long id, Role role) {
        Account account = get(id);
        if (role != Role.ADMIN) {
            keepAnAdministrator(account);
        }
        account.setRole(role);
        return account.view();
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
                .accountLocked(throttle.isLocked(account.username()))
                .authorities(new SimpleGrantedAuthority("ROLE_" + account.role().name()))
                .build();
    }
}
