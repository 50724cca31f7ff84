package org.defencetracker.act;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.defencetracker.PostgresTest;
import org.defencetracker.TestRecords;
import org.defencetracker.shared.FuzzyDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An act's stage entries are the same rows for as long as their stages exist: the timeline's feed, its "latest
 * changes" and its history by date of recording tell a new or changed entry by its id, recorded_at and updated_at.
 */
@PostgresTest
class ActServiceEntriesTest {

    @Autowired
    ActService acts;

    @Autowired
    TestRecords records;

    @Autowired
    JdbcClient jdbc;

    long issuer;

    @BeforeEach
    void createIssuer() {
        issuer = records.body("Test parliament").id();
    }

    @Test
    void editingAnActsSummaryKeepsItsStageEntries() {
        ActView law = lawInTwoStages();
        Map<String, Stored> before = stageEntries(law.id());

        acts.update(law.id(), law.version(), revised(law, "A new summary", law.sourceIds()), List.of());

        Map<String, Stored> after = stageEntries(law.id());
        assertThat(after).hasSize(2).containsOnlyKeys(before.keySet());
        before.forEach((key, entry) -> {
            assertThat(after.get(key).id()).isEqualTo(entry.id());
            assertThat(after.get(key).recordedAt()).isEqualTo(entry.recordedAt());
        });
    }

    @Test
    void citingOneMoreSourceKeepsTheStageEntries() {
        ActView law = lawInTwoStages();
        Map<String, Stored> before = stageEntries(law.id());
        List<Long> cited = new ArrayList<>(law.sourceIds());
        cited.add(records.source().id());

        acts.update(law.id(), law.version(), revised(law, law.summary(), cited), List.of());

        Map<String, Stored> after = stageEntries(law.id());
        assertThat(after).containsOnlyKeys(before.keySet());
        before.forEach((key, entry) -> {
            assertThat(after.get(key).id()).isEqualTo(entry.id());
            assertThat(after.get(key).recordedAt()).isEqualTo(entry.recordedAt());
            assertThat(after.get(key).sources()).isEqualTo(2);
        });
    }

    @Test
    void changingOneStageKeepsTheOthersEntries() {
        ActView law = lawInTwoStages();
        Map<String, Stored> before = stageEntries(law.id());
        StageView first = law.stages().get(0);
        StageView second = law.stages().get(1);
        IssueAct command = revised(law, law.summary(), law.sourceIds());
        List<IssueAct.Stage> stages = List.of(
                stage(first, first.date()),
                stage(second, FuzzyDate.exact(second.date().start().plusDays(3))));

        acts.update(law.id(), law.version(), withStages(command, stages), List.of());

        Map<String, Stored> after = stageEntries(law.id());
        String firstKey = "act-stage:" + law.id() + ":" + first.id();
        String secondKey = "act-stage:" + law.id() + ":" + second.id();
        assertThat(after).containsOnlyKeys(firstKey, secondKey);
        assertThat(after.get(firstKey)).isEqualTo(before.get(firstKey));
        assertThat(after.get(secondKey).updatedAt())
                .isAfter(before.get(secondKey).updatedAt());
    }

    @Test
    void savingAnActUnchangedLeavesItsEntriesAsTheyWere() {
        ActView law = lawInTwoStages();
        Map<String, Stored> before = stageEntries(law.id());

        acts.update(law.id(), law.version(), revised(law, law.summary(), law.sourceIds()), List.of());

        assertThat(stageEntries(law.id())).isEqualTo(before);
    }

    private ActView lawInTwoStages() {
        LocalDate passed = TestRecords.quietDay();
        return records.act(issuer)
                .kind(ActKind.LAW)
                .stage(StageKind.PASSED_MAZHILIS, FuzzyDate.exact(passed))
                .stage(StageKind.SIGNED, FuzzyDate.exact(passed.plusDays(20)))
                .issue();
    }

    private static IssueAct revised(ActView act, String summary, List<Long> sourceIds) {
        return new IssueAct(
                act.kind(),
                act.officialNumber(),
                act.registryNumber(),
                act.eli(),
                act.titleEn(),
                act.titleRu(),
                act.titleKk(),
                act.issuingBodyId(),
                summary,
                act.stages().stream().map(s -> stage(s, s.date())).toList(),
                List.of(),
                sourceIds);
    }

    private static IssueAct withStages(IssueAct c, List<IssueAct.Stage> stages) {
        return new IssueAct(
                c.kind(),
                c.officialNumber(),
                c.registryNumber(),
                c.eli(),
                c.titleEn(),
                c.titleRu(),
                c.titleKk(),
                c.issuingBodyId(),
                c.summary(),
                stages,
                c.duties(),
                c.sourceIds());
    }

    private static IssueAct.Stage stage(StageView stage, FuzzyDate date) {
        return new IssueAct.Stage(stage.stage(), date, stage.bodyId(), stage.note());
    }

    /**
     * The act's stage entries by key, with what tells a rewritten row: the transaction that last wrote the entry's
     * citations ({@code xmin}) changes when they are deleted and inserted again, even with the same values.
     */
    private Map<String, Stored> stageEntries(long actId) {
        return jdbc
                .sql("""
                        select e.entry_key, e.id, e.recorded_at, e.updated_at, count(s.entry_id) as sources,
                               coalesce(string_agg(s.xmin::text, ',' order by s.position), '') as source_rows
                          from timeline_entry e
                          left join timeline_entry_source s on s.entry_id = e.id
                         where e.entry_key like :prefix
                         group by e.id
                        """)
                .param("prefix", "act-stage:" + actId + ":%")
                .query((rs, n) -> Map.entry(
                        rs.getString("entry_key"),
                        new Stored(
                                rs.getLong("id"),
                                rs.getTimestamp("recorded_at").toInstant(),
                                rs.getTimestamp("updated_at").toInstant(),
                                rs.getInt("sources"),
                                rs.getString("source_rows"))))
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private record Stored(long id, Instant recordedAt, Instant updatedAt, int sources, String sourceRows) {}
}
