package org.defencetracker.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.defencetracker.PostgresTest;
import org.defencetracker.TestRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The constraint a refused write broke is read from the database's own answer, whichever way the write went. */
@PostgresTest
class ConstraintsTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void namesTheUniqueForeignKeyAndCheckConstraintsOfAFailedStatement() {
        String name = "Constraint body " + TestRecords.uniqueWord();
        String insert = "insert into government_body (kind, country, name_en, parent_id)"
                + " values ('COMMITTEE', :country, :name, :parent)";
        jdbc.sql(insert)
                .param("country", "KZ")
                .param("name", name)
                .param("parent", null)
                .update();

        Throwable unique = catchThrowable(() -> jdbc.sql(insert)
                .param("country", "KZ")
                .param("name", name.toUpperCase())
                .param("parent", null)
                .update());
        Throwable foreignKey = catchThrowable(() -> jdbc.sql(insert)
                .param("country", "KZ")
                .param("name", name + " child")
                .param("parent", -1L)
                .update());
        Throwable check = catchThrowable(() -> jdbc.sql(insert)
                .param("country", "kz")
                .param("name", name + " lower")
                .param("parent", null)
                .update());

        assertThat(Constraints.violated(unique)).isEqualTo("ux_body_name");
        assertThat(Constraints.violated(foreignKey)).isEqualTo("fk_body_parent");
        assertThat(Constraints.violated(check)).isEqualTo("ck_body_country");
        assertThat(Constraints.violated(new IllegalStateException("no database here")))
                .isNull();
    }
}
