package org.defencetracker.demo;

import static org.defencetracker.shared.OptionalText.strippedOrNull;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.defencetracker.act.ActLabels;
import org.defencetracker.act.IssueAct;
import org.defencetracker.body.BodyView;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.shared.LocalizedName;
import org.defencetracker.statement.SourceService;
import org.defencetracker.timeline.Citation;
import org.defencetracker.timeline.EntryKind;
import org.defencetracker.timeline.EntryTitle;
import org.defencetracker.timeline.EntryTranslations;
import org.defencetracker.timeline.TimelineEntryDraft;
import org.defencetracker.timeline.TimelineWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes many new acts at once for {@link RecordBatches}: the rows {@code ActService.issue} writes for each (the act,
 * its stages in date order, citations and granted duties, and their timeline entries), in JDBC batches.
 */
@Component
class ActBatches {

    private final JdbcTemplate jdbc;
    private final BatchRows rows;
    private final TimelineWriter timeline;
    private final SourceService sources;
    private final ActLabels labels;
    private final Clock clock;

    ActBatches(
            JdbcTemplate jdbc,
            BatchRows rows,
            TimelineWriter timeline,
            SourceService sources,
            ActLabels labels,
            Clock clock) {
        this.jdbc = jdbc;
        this.labels = labels;
        this.rows = rows;
        this.timeline = timeline;
        this.sources = sources;
        this.clock = clock;
    }

    /**
     * Issues the acts with their stages (in date order), citations and duties; answers their ids in the order of the
     * commands. Each stage gets its entry, each group of duties (one body, one day) the entry of its grant.
     */
    List<Long> acts(List<IssueAct> commands) {
        List<Long> named = new ArrayList<>();
        for (IssueAct c : commands) {
            named.add(c.issuingBodyId());
            c.stages().stream()
                    .map(IssueAct.Stage::bodyId)
                    .filter(Objects::nonNull)
                    .forEach(named::add);
            c.duties().forEach(d -> named.add(d.bodyId()));
        }
        Map<Long, BodyView> bodyViews = rows.bodiesOf(named);
        List<Long> ids = rows.ids("legal_act", commands.size());
        List<Long> stageIds = rows.ids(
                "act_stage", commands.stream().mapToInt(c -> c.stages().size()).sum());
        List<Long> mandateIds = rows.ids(
                "mandate",
                commands.stream()
                        .flatMap(c -> c.duties().stream())
                        .mapToInt(d -> d.duties().size())
                        .sum());
        Timestamp now = Timestamp.from(clock.instant());
        Map<List<Long>, List<Citation>> citations = new HashMap<>();
        List<Object[]> acts = new ArrayList<>();
        List<Object[]> stages = new ArrayList<>();
        List<Object[]> cited = new ArrayList<>();
        List<Object[]> mandates = new ArrayList<>();
        List<TimelineEntryDraft> entries = new ArrayList<>();
        int nextStage = 0;
        int nextMandate = 0;
        for (int i = 0; i < commands.size(); i++) {
            IssueAct c = commands.get(i);
            long id = ids.get(i);
            String number = strippedOrNull(c.officialNumber());
            String title = c.titleEn().strip();
            LocalizedName titles = LocalizedName.typed(title, c.titleRu(), c.titleKk());
            String summary = strippedOrNull(c.summary());
            LocalizedName summaries =
                    new LocalizedName(summary, strippedOrNull(c.summaryRu()), strippedOrNull(c.summaryKk()));
            List<Long> sourceIds = List.copyOf(new LinkedHashSet<>(c.sourceIds()));
            List<Citation> citing = citations.computeIfAbsent(sourceIds, sources::citations);
            acts.add(new Object[] {
                id,
                c.kind().name(),
                number,
                strippedOrNull(c.registryNumber()),
                strippedOrNull(c.eli()),
                title,
                strippedOrNull(c.titleRu()),
                strippedOrNull(c.titleKk()),
                c.issuingBodyId(),
                summary,
                summaries.ru(),
                summaries.kk(),
                now,
                now
            });
            sourceIds.forEach(source -> cited.add(new Object[] {id, source}));
            List<IssueAct.Stage> inOrder = c.stages().stream()
                    .sorted(Comparator.comparing((IssueAct.Stage s) -> s.date().start())
                            .thenComparing(s -> s.stage().ordinal()))
                    .toList();
            for (IssueAct.Stage stage : inOrder) {
                long stageId = stageIds.get(nextStage++);
                stages.add(new Object[] {
                    stageId,
                    id,
                    stage.stage().name(),
                    Date.valueOf(stage.date().start()),
                    stage.date().precision().name(),
                    stage.date().approximate(),
                    stage.bodyId(),
                    strippedOrNull(stage.note())
                });
                BodyView body = bodyViews.get(stage.bodyId() == null ? c.issuingBodyId() : stage.bodyId());
                entries.add(bodyEntry(
                        "act-stage:" + id + ":" + stageId,
                        EntryKind.ACT_STAGE,
                        stage.stage().name(),
                        stage.date(),
                        EntryTitle.message(
                                "entry.stage." + stage.stage(), EntryTitle.term("act.kind." + c.kind()), titles),
                        summaries,
                        "/acts/" + id,
                        body,
                        citing));
            }
            LocalizedName label = labels.of(c.kind(), number, inOrder.get(0).date(), titles);
            // One entry per body and day the act grants duties on, naming all of them, as the grants leave it.
            Map<String, List<String>> groups = new LinkedHashMap<>();
            Map<String, IssueAct.Duties> firstOfGroup = new LinkedHashMap<>();
            for (IssueAct.Duties duties : c.duties()) {
                if (duties.duties().isEmpty()) {
                    throw new IllegalArgumentException("at least one duty");
                }
                String group = duties.bodyId() + "|" + duties.validFrom();
                firstOfGroup.putIfAbsent(group, duties);
                for (String duty : duties.duties()) {
                    if (duty == null || duty.isBlank()) {
                        throw new IllegalArgumentException("a mandate needs a duty");
                    }
                    if (duties.validTo() != null && duties.validTo().isBefore(duties.validFrom())) {
                        throw new IllegalArgumentException("a mandate cannot end before it starts");
                    }
                    mandates.add(new Object[] {
                        mandateIds.get(nextMandate++),
                        duties.bodyId(),
                        id,
                        duty.strip(),
                        Date.valueOf(duties.validFrom()),
                        duties.validTo() == null ? null : Date.valueOf(duties.validTo()),
                        now
                    });
                    groups.computeIfAbsent(group, g -> new ArrayList<>()).add(duty.strip());
                }
            }
            groups.forEach((group, duties) -> {
                BodyView body = bodyViews.get(firstOfGroup.get(group).bodyId());
                LocalDate from = firstOfGroup.get(group).validFrom();
                entries.add(bodyEntry(
                        "mandate:%d:%d:granted:%s".formatted(body.id(), id, from),
                        EntryKind.MANDATE_CHANGE,
                        "GRANTED",
                        FuzzyDate.exact(from),
                        EntryTitle.message("entry.mandate.GRANTED", body.names(), duties.size(), label),
                        new LocalizedName(String.join("; ", duties), null, null),
                        "/bodies/" + body.id() + "?asOf=" + from,
                        body,
                        citing));
            });
        }
        jdbc.batchUpdate("""
                insert into legal_act (id, kind, official_number, registry_number, eli, title_en, title_ru, title_kk,
                    issuing_body_id, summary, summary_ru, summary_kk, version, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)
                """, acts);
        jdbc.batchUpdate("""
                insert into act_stage (id, act_id, stage, date_on, date_precision, date_approximate, body_id, note)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """, stages);
        jdbc.batchUpdate("insert into act_source (act_id, source_id) values (?, ?)", cited);
        jdbc.batchUpdate("""
                insert into mandate (id, body_id, act_id, change, duty, valid_from, valid_to, version, created_at)
                values (?, ?, ?, 'GRANTED', ?, ?, ?, 0, ?)
                """, mandates);
        timeline.recordNew(entries);
        return ids;
    }

    /** An entry of an act's that names a body (who took a stage, who was given duties) and has no place. */
    private static TimelineEntryDraft bodyEntry(
            String key,
            EntryKind kind,
            String subtype,
            FuzzyDate date,
            EntryTitle title,
            LocalizedName summary,
            String path,
            BodyView body,
            List<Citation> citing) {
        return new TimelineEntryDraft(
                key,
                kind,
                subtype,
                date,
                title,
                summary.en(),
                path,
                body.id(),
                body.nameEn(),
                null,
                null,
                null,
                citing,
                new EntryTranslations(summary, body.names(), null));
    }
}
