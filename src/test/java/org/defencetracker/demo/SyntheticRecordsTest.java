package org.defencetracker.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.defencetracker.PostgresTest;
import org.defencetracker.act.ActService;
import org.defencetracker.act.ActView;
import org.defencetracker.body.BodyService;
import org.defencetracker.statement.StatementService;
import org.defencetracker.timeline.EntryKind;
import org.defencetracker.timeline.TimelineQueries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The benchmark's generated bodies, acts and statements are written in batches, labelled as generated. */
@PostgresTest
class SyntheticRecordsTest {

    @Autowired
    SyntheticRecords generator;

    @Autowired
    BodyService bodies;

    @Autowired
    ActService acts;

    @Autowired
    StatementService statements;

    @Autowired
    TimelineQueries timeline;

    @Test
    void writesActsWithTheirStagesDutiesAndStatementsAsEditorsWouldAndCanRunAgain() {
        List<Long> issuers = generator.bodies(2, 1);
        assertThat(issuers).hasSize(2);
        assertThat(bodies.get(issuers.get(0)).nameEn()).endsWith("(generated test data)");

        List<Long> actIds = generator.acts(3, issuers, 2);
        assertThat(actIds).hasSize(3).doesNotHaveDuplicates();
        for (long id : actIds) {
            ActView act = acts.get(id);
            assertThat(act.titleEn()).startsWith("Synthetic act ").endsWith("(generated test data)");
            assertThat(act.stages()).isNotEmpty();
            assertThat(issuers).contains(act.issuingBodyId());
        }
        assertThat(timeline.ofBody(issuers.get(0), Set.of(EntryKind.MANDATE_CHANGE), 100)
                                .size()
                        + timeline.ofBody(issuers.get(1), Set.of(EntryKind.MANDATE_CHANGE), 100)
                                .size())
                .as("every generated act grants duties to a generated body")
                .isGreaterThanOrEqualTo(3);

        long before = statements.count();
        int recorded = generator.statements(4, actIds, 3);
        assertThat(recorded).isEqualTo(4);
        assertThat(statements.count())
                .as("statements about generated incidents where there are some, else about the acts")
                .isEqualTo(before + 4);

        assertThat(generator.bodies(1, 1))
                .as("names stay unique when the generator runs again")
                .hasSize(1);
    }
}
