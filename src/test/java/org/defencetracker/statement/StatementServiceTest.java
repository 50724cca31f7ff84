package org.defencetracker.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import java.util.Set;
import org.defencetracker.PostgresTest;
import org.defencetracker.TestRecords;
import org.defencetracker.act.ActView;
import org.defencetracker.act.StageKind;
import org.defencetracker.body.BodyView;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.timeline.EntryKind;
import org.defencetracker.timeline.TimelineQueries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresTest
class StatementServiceTest {

    @Autowired
    StatementService statements;

    @Autowired
    TimelineQueries timeline;

    @Autowired
    TestRecords records;

    @Test
    void namesABodyActorByTheBodyAndShowsTheStatementOnItsTimeline() {
        BodyView committee = records.body("Test committee");
        ActView law = records.act(records.body("Test parliament").id())
                .stage(StageKind.APPROVED_SENATE, FuzzyDate.month(2015, 6))
                .issue();
        SourceView source = records.source();

        StatementView statement = statements.record(new RecordStatement(
                FuzzyDate.month(2015, 6).approximately(),
                ActorType.OFFICIAL,
                null,
                committee.id(),
                "KZ",
                Stance.ASSERTS,
                null,
                "  Described the law as the legal basis of territorial defence.  ",
                false,
                null,
                law.id(),
                List.of(source.id())));

        assertThat(statement.actorName()).isEqualTo(committee.nameEn());
        assertThat(statement.text()).isEqualTo("Described the law as the legal basis of territorial defence.");
        assertThat(statements.aboutAct(law.id())).extracting(StatementView::id).containsExactly(statement.id());
        assertThat(statements.aboutAct(law.id()).get(0).sources()).containsExactly(source);
        assertThat(timeline.ofBody(committee.id(), Set.of(EntryKind.STATEMENT), 10))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.title()).isEqualTo("Statement by " + committee.nameEn());
                    assertThat(entry.path()).isEqualTo("/acts/" + law.id() + "#statement-" + statement.id());
                    assertThat(entry.date()).isEqualTo(FuzzyDate.month(2015, 6).approximately());
                });
    }

    @Test
    void keepsTheLedgerOfAnIncidentInDateOrder() {
        String word = TestRecords.uniqueWord();
        long incident = records.incident(FuzzyDate.day(2015, 6, 1), word).id();
        StatementView later =
                records.statement(incident, ActorType.OFFICIAL, Stance.DENIES, null, FuzzyDate.day(2015, 6, 5), word);
        StatementView earlier =
                records.statement(incident, ActorType.MEDIA, Stance.ASSERTS, "UA", FuzzyDate.day(2015, 6, 2), word);

        assertThat(statements.aboutIncident(incident))
                .extracting(StatementView::id)
                .containsExactly(earlier.id(), later.id());
    }

    @Test
    void refusesAStatementCitingAnUnknownSource() {
        long incident = records.incident(FuzzyDate.day(2015, 6, 1), TestRecords.uniqueWord())
                .id();

        assertThatExceptionOfType(SourceNotFoundException.class)
                .isThrownBy(() -> statements.record(new RecordStatement(
                        FuzzyDate.day(2015, 6, 2),
                        ActorType.MEDIA,
                        "Someone",
                        null,
                        null,
                        Stance.ASSERTS,
                        "RU",
                        "Said something",
                        false,
                        incident,
                        null,
                        List.of(Long.MAX_VALUE))));
        assertThat(statements.aboutIncident(incident)).isEmpty();
    }
}
