package org.defencetracker.incident;

import static org.assertj.core.api.Assertions.assertThat;

import org.defencetracker.PostgresTest;
import org.defencetracker.TestRecords;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.statement.ActorType;
import org.defencetracker.statement.Stance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Stored attributions follow a changed rule at the next start, and a start without a change reads nothing. */
@PostgresTest
class AttributionRefreshTest {

    @Autowired
    AttributionRefresh refresh;

    @Autowired
    TestRecords records;

    @Autowired
    JdbcClient jdbc;

    @Test
    void derivesTheStoredAttributionsAgainOnlyWhenTheRuleChanged() {
        assertThat(appliedVersion()).as("applied at start-up").isEqualTo(AttributionRefresh.RULE_VERSION);
        String word = TestRecords.uniqueWord();
        IncidentView incident = records.incident(FuzzyDate.day(2024, 5, 6), word);
        records.statement(incident.id(), ActorType.OFFICIAL, Stance.ASSERTS, "RU", FuzzyDate.day(2024, 5, 7), word);
        String supported = storedAttribution(incident.id());
        setStoredAttribution(incident.id(), "UNKNOWN");

        refresh.perform();
        assertThat(storedAttribution(incident.id()))
                .as("the rule did not change: nothing is read or written")
                .isEqualTo("UNKNOWN");

        jdbc.sql("update applied_rule set version = version - 1 where name = 'attribution'")
                .update();
        refresh.perform();
        assertThat(storedAttribution(incident.id())).isEqualTo(supported).isNotEqualTo("UNKNOWN");
        assertThat(appliedVersion()).isEqualTo(AttributionRefresh.RULE_VERSION);
    }

    private Integer appliedVersion() {
        return jdbc.sql("select version from applied_rule where name = 'attribution'")
                .query(Integer.class)
                .single();
    }

    private String storedAttribution(long incidentId) {
        return jdbc.sql("select attribution from timeline_entry where entry_key = :key")
                .param("key", "incident:" + incidentId)
                .query(String.class)
                .single();
    }

    private void setStoredAttribution(long incidentId, String attribution) {
        jdbc.sql("update timeline_entry set attribution = :attribution where entry_key = :key")
                .param("attribution", attribution)
                .param("key", "incident:" + incidentId)
                .update();
    }
}
