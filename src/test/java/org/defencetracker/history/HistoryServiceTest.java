package org.defencetracker.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.defencetracker.PostgresTest;
import org.defencetracker.TestRecords;
import org.defencetracker.act.ActView;
import org.defencetracker.act.StageKind;
import org.defencetracker.body.BodyView;
import org.defencetracker.shared.FuzzyDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database logs every change of a record with its author; the service reads a record's changes and those of
 * the rows it owns. Changes made outside the services (a correction in SQL) are logged all the same, which is why
 * some of these tests write with plain SQL inside a transaction.
 */
@PostgresTest
class HistoryServiceTest {

    @Autowired
    HistoryService history;

    @Autowired
    TestRecords records;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    @WithMockUser(username = "history-tester", roles = "EDITOR")
    void logsTheCreationChangeAndDeletionOfABodyWithTheSignedInUserAsAuthor() {
        BodyView body = records.body("History body");
        inTransaction("update government_body set abbreviation = 'HB', version = version + 1 where id = :id", body);
        inTransaction("delete from government_body where id = :id", body);

        List<RecordChange> changes = history.of("government_body", body.id());

        assertThat(changes)
                .extracting(RecordChange::kind, RecordChange::author, RecordChange::table)
                .containsExactly(
                        tuple(ChangeKind.DELETED, "history-tester", "government_body"),
                        tuple(ChangeKind.CHANGED, "history-tester", "government_body"),
                        tuple(ChangeKind.CREATED, "history-tester", "government_body"));
        assertThat(changes.get(1).fields()).containsExactly(new FieldChange("abbreviation", null, "HB"));
        assertThat(changes.get(2).fields())
                .contains(new FieldChange("name_en", null, body.nameEn()), new FieldChange("country", null, "KZ"))
                .extracting(FieldChange::field)
                .doesNotContain("id", "version", "created_at", "updated_at");
        assertThat(changes.get(0).row()).containsEntry("abbreviation", "HB");
        assertThat(history.latest("government_body", body.id()))
                .hasValueSatisfying(latest -> assertThat(latest.kind()).isEqualTo(ChangeKind.DELETED));
    }

    @Test
    void writesSystemAsAuthorWhenNobodyIsSignedIn() {
        BodyView body = records.body("History body");

        assertThat(history.of("government_body", body.id()))
                .extracting(RecordChange::author)
                .containsExactly("system");
    }

    @Test
    @WithMockUser(username = "stage-editor", roles = "EDITOR")
    void showsTheChangesOfAnActsStagesInTheActsHistory() {
        BodyView body = records.body("History issuer");
        ActView act = records.act(body.id())
                .stage(StageKind.SIGNED, FuzzyDate.day(2016, 3, 2))
                .issue();
        inTransaction("update act_stage set note = 'Signed in public' where act_id = :id", act);
        inTransaction("delete from act_stage where act_id = :id", act);

        List<RecordChange> stageChanges = history.of("legal_act", act.id()).stream()
                .filter(c -> c.table().equals("act_stage"))
                .toList();

        assertThat(stageChanges)
                .extracting(RecordChange::kind, RecordChange::author)
                .containsExactly(
                        tuple(ChangeKind.DELETED, "stage-editor"),
                        tuple(ChangeKind.CHANGED, "stage-editor"),
                        tuple(ChangeKind.CREATED, "stage-editor"));
        assertThat(stageChanges.get(1).fields()).containsExactly(new FieldChange("note", null, "Signed in public"));
        assertThat(stageChanges.get(2).fields()).contains(new FieldChange("stage", null, "SIGNED"));
        assertThat(history.of("legal_act", act.id()))
                .extracting(RecordChange::table)
                .contains("legal_act", "act_source");
    }

    @Test
    void showsADutyGrantedToABodyInTheBodysHistoryAndTheActs() {
        BodyView issuer = records.body("History issuer");
        BodyView ministry = records.body("History ministry");
        ActView act = records.act(issuer.id())
                .stage(StageKind.SIGNED, FuzzyDate.day(2016, 3, 2))
                .grants(ministry.id(), LocalDate.of(2016, 3, 2), null, "Keep the history")
                .issue();

        assertThat(history.of("government_body", ministry.id()))
                .filteredOn(change -> change.table().equals("mandate"))
                .singleElement()
                .satisfies(change ->
                        assertThat(change.fields()).contains(new FieldChange("duty", null, "Keep the history")));
        assertThat(history.of("legal_act", act.id()))
                .extracting(RecordChange::table)
                .contains("mandate");
    }

    @Test
    void doesNotLogASaveThatChangesNothing() {
        BodyView body = records.body("History body");
        inTransaction("update government_body set updated_at = now() + interval '1 hour' where id = :id", body);
        inTransaction("update government_body set name_en = name_en where id = :id", body);

        assertThat(history.of("government_body", body.id()))
                .extracting(RecordChange::kind)
                .containsExactly(ChangeKind.CREATED);
        assertThat(jdbc.sql(
                                "select count(*) from record_change where table_name = 'government_body' and record_id = :id")
                        .param("id", body.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void listsTheChangesSavedSinceAVersion() {
        BodyView body = records.body("History body");
        inTransaction("update government_body set abbreviation = 'V1', version = 1 where id = :id", body);
        inTransaction("update government_body set abbreviation = 'V2', version = 2 where id = :id", body);

        assertThat(history.changesSince("government_body", body.id(), 1))
                .singleElement()
                .satisfies(change -> {
                    assertThat(change.version()).isEqualTo(2);
                    assertThat(change.fields()).containsExactly(new FieldChange("abbreviation", "V1", "V2"));
                });
        assertThat(history.changesSince("government_body", body.id(), 0)).hasSize(2);
        assertThat(history.changesSince("government_body", body.id(), 2)).isEmpty();
    }

    @Test
    void knowsNothingOfARecordThatNeverChanged() {
        assertThat(history.latest("legal_act", Long.MAX_VALUE)).isEmpty();
        assertThat(history.of("legal_act", Long.MAX_VALUE)).isEmpty();
    }

    private void inTransaction(String sql, BodyView body) {
        inTransaction(sql, body.id());
    }

    private void inTransaction(String sql, ActView act) {
        inTransaction(sql, act.id());
    }

    private void inTransaction(String sql, long id) {
        transactions.executeWithoutResult(
                status -> jdbc.sql(sql).param("id", id).update());
    }
}
