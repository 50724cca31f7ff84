package org.defencetracker.account;

import org.defencetracker.config.DefenceTrackerProperties;
import org.defencetracker.shared.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The first accounts. An administrator comes from ADMIN_USERNAME and ADMIN_PASSWORD when given; there is no
 * built-in password. The demo database (embedded, with the demo case) also gets a demo editor and a demo
 * administrator, whose credentials are printed once, when they are created, and written in the README. They exist
 * before the web server opens.
 */
@Component
class AccountBootstrap extends StartupTask {

    static final String DEMO_EDITOR = "editor";
    static final String DEMO_ADMIN = "admin";
    static final String DEMO_PASSWORD = "defence-demo-2025";

    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

    private final AccountService accounts;
    private final DefenceTrackerProperties properties;
    private final Environment environment;

    AccountBootstrap(AccountService accounts, DefenceTrackerProperties properties, Environment environment) {
        super(1);
        this.accounts = accounts;
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    protected void perform() {
        DefenceTrackerProperties.Security security = properties.security();
        if (security.hasAdmin() && accounts.find(security.adminUsername()).isEmpty()) {
            accounts.create(security.adminUsername(), security.adminPassword(), Role.ADMIN);
            log.info("Created the administrator account '{}' from the configuration", security.adminUsername());
        }
        boolean embedded = !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
        if (embedded && properties.demoData()) {
            createDemo(DEMO_EDITOR, Role.EDITOR);
            createDemo(DEMO_ADMIN, Role.ADMIN);
        }
    }

    private void createDemo(String username, Role role) {
        if (accounts.find(username).isEmpty()) {
            accounts.create(username, DEMO_PASSWORD, role);
            log.info("Demo account for this local database: {} / {} ({})", username, DEMO_PASSWORD, role);
        }
    }
}
