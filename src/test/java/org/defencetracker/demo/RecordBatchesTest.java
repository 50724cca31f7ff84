package org.defencetracker.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.defencetracker.PostgresTest;
import org.defencetracker.TestRecords;
import org.defencetracker.act.ActKind;
import org.defencetracker.act.ActService;
import org.defencetracker.act.IssueAct;
import org.defencetracker.act.StageKind;
import org.defencetracker.body.BodyKind;
import org.defencetracker.body.BodyService;
import org.defencetracker.body.BodyView;
import org.defencetracker.body.CreateBody;
import org.defencetracker.incident.IncidentView;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.statement.ActorType;
import org.defencetracker.statement.RecordStatement;
import org.defencetracker.statement.SourceView;
import org.defencetracker.statement.Stance;
import org.defencetracker.statement.StatementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A body, an act or a statement written in a batch leaves the same rows as the service writing the same command: the
 * record and its stages, duties and citations, its timeline entries with their versions and counts, its search
 * document and its change history. Ids, times and what is made of them are left out of the comparison.
 */
@PostgresTest
class RecordBatchesTest {

    @Autowired
    RecordBatches batches;

    @Autowired
    BodyService bodies;

    @Autowired
    ActService acts;

    @Autowired
    StatementService statements;

    @Autowired
    TestRecords records;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aBodyInABatchIsTheBodyTheServiceCreates() {
        String name = "Batch body " + TestRecords.uniqueWord();
        long byService = bodies.create(new CreateBody(BodyKind.AGENCY, null, "KZ", name, " Агентство ", null, "BB"))
                .id();
        long inBatch = transactions
                .execute(status -> batches.bodies(
                        List.of(new CreateBody(BodyKind.AGENCY, null, "KZ", name + " 2", " Агентство ", null, "BB"))))
                .get(0);

        assertThat(bodyRows(inBatch)).hasSize(3).isEqualTo(bodyRows(byService));
    }

    @Test
    void anActInABatchIsTheActTheServiceIssues() {
        BodyView issuer = records.body("Batch issuer");
        BodyView senate = records.body("Batch chamber");
        BodyView given = records.body("Batch grantee");
        SourceView source = records.source();
        LocalDate day = TestRecords.quietDay();
        // Unnumbered, so that the same act can be issued twice; stages out of order, duties of one body and day in
        // two rows, which one entry names together.
        IssueAct command = new IssueAct(
                ActKind.DECREE,
                null,
                " REG-1 ",
                null,
                " Batch decree " + TestRecords.uniqueWord() + " ",
                "Указ",
                null,
                issuer.id(),
                "What the decree does.",
                null,
                null,
                List.of(
                        new IssueAct.Stage(StageKind.IN_FORCE, FuzzyDate.exact(day.plusDays(10)), null, null),
                        new IssueAct.Stage(StageKind.APPROVED_SENATE, FuzzyDate.month(1850, 3), senate.id(), " Noted "),
                        new IssueAct.Stage(StageKind.ADOPTED, FuzzyDate.exact(day), null, null)),
                List.of(
                        new IssueAct.Duties(given.id(), List.of("Guard the bridges"), day.plusDays(10), null),
                        new IssueAct.Duties(issuer.id(), List.of("Keep a register"), day, day.plusDays(300)),
                        new IssueAct.Duties(
                                given.id(), List.of(" Warn the towns ", "Guard the bridges"), day.plusDays(10), null)),
                List.of(source.id()));
        long version = dataVersion();
        long byService = acts.issue(command).id();
        List<String> countsAfterService = counts(issuer, senate, given);
        long inBatch =
                transactions.execute(status -> batches.acts(List.of(command))).get(0);

        assertThat(actRows(inBatch)).isEqualTo(actRows(byService));
        assertThat(entries("act-stage:" + inBatch + ":%", inBatch))
                .hasSize(3)
                .isEqualTo(entries("act-stage:" + byService + ":%", byService));
        assertThat(mandateEntries(inBatch))
                .as("one entry per body and day, naming every duty of it")
                .hasSize(2)
                .isEqualTo(mandateEntries(byService));
        assertThat(document("ACT", inBatch)).isEqualTo(document("ACT", byService));
        assertThat(history("legal_act", inBatch)).isEqualTo(history("legal_act", byService));
        assertThat(counts(issuer, senate, given))
                .as("the monthly counts of the bodies' entries doubled")
                .isEqualTo(countsAfterService.stream()
                        .map(RecordBatchesTest::doubled)
                        .toList());
        assertThat(dataVersion()).isGreaterThanOrEqualTo(version + 2);
    }

    @Test
    void aStatementInABatchIsTheStatementTheServiceRecordsAndItsIncidentFollows() {
        SourceView source = records.source();
        FuzzyDate day = FuzzyDate.exact(TestRecords.quietDay());
        String word = TestRecords.uniqueWord();
        IncidentView first = records.incident(day, word, null, source);
        IncidentView second = records.incident(day, word, null, source);
        long act = records.act(records.body().id())
                .stage(StageKind.ADOPTED, day)
                .citing(source)
                .issue()
                .id();

        long aboutFirst =
                statements.record(confirmation(first.id(), null, source)).id();
        long aboutAct = statements.record(confirmation(null, act, source)).id();
        List<Long> inBatch = transactions.execute(status ->
                batches.statements(List.of(confirmation(second.id(), null, source), confirmation(null, act, source))));

        assertThat(statementRows(inBatch.get(0))).isEqualTo(statementRows(aboutFirst));
        assertThat(statementRows(inBatch.get(1))).isEqualTo(statementRows(aboutAct));
        assertThat(entries("statement:" + inBatch.get(0), inBatch.get(0), second.id()))
                .isEqualTo(entries("statement:" + aboutFirst, aboutFirst, first.id()));
        assertThat(entries("statement:" + inBatch.get(1), inBatch.get(1)))
                .isEqualTo(entries("statement:" + aboutAct, aboutAct));
        assertThat(document("STATEMENT", inBatch.get(0))).isEqualTo(document("STATEMENT", aboutFirst));
        assertThat(history("statement", inBatch.get(0))).isEqualTo(history("statement", aboutFirst));
        assertThat(entries("incident:" + second.id(), second.id()))
                .as("the incident is confirmed, as a confirmation by the service leaves it")
                .isEqualTo(entries("incident:" + first.id(), first.id()))
                .anyMatch(entry -> entry.contains("CONFIRMED"));
    }

    private static RecordStatement confirmation(Long incident, Long act, SourceView source) {
        return new RecordStatement(
                FuzzyDate.exact(LocalDate.of(1900, 5, 6)),
                ActorType.OFFICIAL,
                " Batch officials ",
                null,
                "KZ",
                Stance.CONFIRMS,
                null,
                " Confirmed it. ",
                false,
                incident,
                act,
                List.of(source.id()));
    }

    private List<String> bodyRows(long id) {
        return rows("""
                select (to_jsonb(b) - 'id' - 'name_en' - 'created_at' - 'updated_at')::text
                  from government_body b where id = :id
                union all
                select concat_ws(' | ', d.snippet, d.archived, d.title = b.name_en, d.path = '/bodies/' || b.id)
                  from search_document d join government_body b on b.id = d.record_id
                 where d.kind = 'BODY' and d.record_id = :id
                union all
                select table_name || ' ' || operation || ' ' || author from record_change
                 where table_name = 'government_body' and record_id = :id
                """, id);
    }

    private List<String> actRows(long id) {
        return rows("""
                select (to_jsonb(a) - 'id' - 'created_at' - 'updated_at')::text from legal_act a where id = :id
                union all
                (select (to_jsonb(s) - 'id' - 'act_id')::text from act_stage s where act_id = :id order by s.id)
                union all
                (select source_id::text from act_source where act_id = :id order by source_id)
                union all
                (select (to_jsonb(m) - 'id' - 'act_id' - 'created_at')::text from mandate m where act_id = :id
                  order by m.id)
                """, id);
    }

    private List<String> statementRows(long id) {
        return rows("""
                select (to_jsonb(t) - 'id' - 'incident_id' - 'created_at' - 'updated_at')::text
                  from statement t where id = :id
                union all
                (select source_id::text from statement_source where statement_id = :id order by source_id)
                """, id);
    }

    /**
     * The entries whose key is like {@code pattern}, each with its citations and its versions, the ids in keys
     * and paths ({@code ids}) left out.
     */
    private List<String> entries(String pattern, long... ids) {
        List<String> found = rows("""
                select e.entry_key || ' ' || e.path || ' ' || (to_jsonb(e) - 'id' - 'entry_key' - 'path' - 'recorded_at'
                           - 'updated_at')::text
                       || ' cites ' || coalesce((select jsonb_agg(to_jsonb(s) - 'entry_id' order by s.position)
                                                   from timeline_entry_source s where s.entry_id = e.id)::text, '[]')
                       || ' versions ' || (select jsonb_agg(h.sources::text || (h.recorded_to is null)::text
                                                           || h.attribution order by h.recorded_from)
                                             from timeline_entry_history h where h.entry_id = e.id)::text
                  from timeline_entry e
                 where e.entry_key like :id
                 order by e.id
                """, pattern);
        return found.stream().map(entry -> withoutIds(entry, ids)).toList();
    }

    private List<String> mandateEntries(long act) {
        List<String> found = rows(
                "select entry_key from timeline_entry where entry_key like 'mandate:%:' || :id || ':%' order by id",
                act);
        return found.stream().flatMap(key -> entries(key, act).stream()).toList();
    }

    private static String withoutIds(String text, long... ids) {
        String result = text;
        for (long id : ids) {
            result = result.replaceAll(
                            "(act-stage:|/acts/|statement:|statement-|/incidents/|incident:)" + id + "(?![0-9])",
                            "$1ID")
                    .replace(":" + id + ":granted", ":ID:granted");
        }
        return result.replaceAll("act-stage:ID:[0-9]+", "act-stage:ID:STAGE");
    }

    private List<String> document(String kind, long id) {
        return rows("""
                select concat_ws(' | ', title, snippet, date_on, date_precision, date_approximate, archived, document)
                  from search_document where kind = :kind and record_id = :id
                """, kind, id);
    }

    /** The change history of the record and its rows: what was written, without ids and times. */
    private List<String> history(String table, long id) {
        return rows("""
                select table_name || ' ' || operation || ' ' || author || ' '
                       || (new_row - 'id' - 'act_id' - 'statement_id' - 'incident_id' - 'created_at' - 'updated_at')::text
                  from record_change
                 where (table_name = :kind and record_id = :id) or (owner_table = :kind and owner_id = :id)
                 order by 1
                """, table, id);
    }

    private List<String> counts(BodyView... owners) {
        return jdbc.sql("""
                        select on_month || ' ' || end_month || ' ' || kind || ' ' || body_id || ' ' || n
                          from timeline_month_count where body_id = any (:ids)
                         order by on_month, end_month, kind, body_id
                        """)
                .param("ids", java.util.Arrays.stream(owners).map(BodyView::id).toArray(Long[]::new))
                .query(String.class)
                .list();
    }

    private static String doubled(String count) {
        int space = count.lastIndexOf(' ');
        return count.substring(0, space + 1) + 2 * Long.parseLong(count.substring(space + 1));
    }

    private long dataVersion() {
        return jdbc.sql("select version from data_version").query(Long.class).single();
    }

    private List<String> rows(String sql, Object... args) {
        var statement = jdbc.sql(sql);
        if (args.length == 1) {
            statement = statement.param("id", args[0]);
        } else {
            statement = statement.param("kind", args[0]).param("id", args[1]);
        }
        return statement.query(String.class).list();
    }
}
