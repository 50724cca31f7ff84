package org.defencetracker.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.defencetracker.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The data's version, which conditional reads are answered from: raised by the database once for each transaction
 * that changes content, when it commits, whatever its number of statements; not by one that rolls back.
 */
@PostgresTest
class DataVersionTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void risesOnceForEachCommittedChangeAndOnlyAsItCommits() {
        long before = version();

        long during = transactions.execute(status -> {
            touch("timeline_entry");
            touch("airspace_incident");
            touch("timeline_entry");
            return version();
        });

        assertThat(during).as("not raised before the commit").isEqualTo(before);
        assertThat(version()).isEqualTo(before + 1);
        assertThat(jdbc.sql("select count(*) from data_version_pending")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void staysWhenTheChangeIsRolledBackOrTouchesOnlySignInRecords() {
        long before = version();

        transactions.executeWithoutResult(status -> {
            touch("legal_act");
            status.setRollbackOnly();
        });
        touch("spring_session");
        touch("account");

        assertThat(version()).isEqualTo(before);
    }

    private void touch(String table) {
        jdbc.sql("delete from " + table + " where false").update();
    }

    private long version() {
        return jdbc.sql("select version from data_version").query(Long.class).single();
    }
}
