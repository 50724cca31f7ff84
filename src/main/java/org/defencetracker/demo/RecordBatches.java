package org.defencetracker.demo;

import static org.defencetracker.shared.OptionalText.strippedOrNull;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.defencetracker.act.IssueAct;
import org.defencetracker.body.BodyService;
import org.defencetracker.body.BodyView;
import org.defencetracker.body.CreateBody;
import org.defencetracker.incident.Attribution;
import org.defencetracker.shared.Countries;
import org.defencetracker.shared.DatePrecision;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.statement.ActorType;
import org.defencetracker.statement.RecordStatement;
import org.defencetracker.statement.SourceService;
import org.defencetracker.statement.Stance;
import org.defencetracker.statement.StatementView;
import org.defencetracker.timeline.Citation;
import org.defencetracker.timeline.EntryKind;
import org.defencetracker.timeline.EntryTitle;
import org.defencetracker.timeline.TimelineEntryDraft;
import org.defencetracker.timeline.TimelineWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes many new bodies, acts and statements at once, inside the caller's transaction: the rows that
 * {@code BodyService.create}, {@code ActService.issue} and {@code StatementService.record} write for each (the record,
 * its stages, duties and citations, its timeline entries with their titles as keys and arguments, and an incident's
 * attribution as its claim ledger now supports it), but in JDBC batches instead of one record at a time. The
 * database's triggers fire for every row as they do for the services, so the change history, search documents,
 * monthly counts and data version follow. Only new records of subjects in the lists: nothing here edits or archives.
 */
@Component
class RecordBatches {

    private final JdbcTemplate jdbc;
    private final TimelineWriter timeline;
    private final SourceService sources;
    private final BodyService bodies;
    private final Clock clock;

    RecordBatches(JdbcTemplate jdbc, TimelineWriter timeline, SourceService sources, BodyService bodies, Clock clock) {
        this.jdbc = jdbc;
        this.timeline = timeline;
        this.sources = sources;
        this.bodies = bodies;
        this.clock = clock;
    }

    /** Adds the bodies; answers their ids in the order of the commands. */
    List<Long> bodies(List<CreateBody> commands) {
        List<Long> ids = ids("government_body", commands.size());
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> rows = new ArrayList<>(commands.size());
        for (int i = 0; i < commands.size(); i++) {
            CreateBody c = commands.get(i);
            known(c.country());
            rows.add(new Object[] {
                ids.get(i),
                c.kind().name(),
                c.parentId(),
                c.country(),
                c.nameEn().strip(),
                strippedOrNull(c.nameRu()),
                strippedOrNull(c.nameKk()),
                strippedOrNull(c.abbreviation()),
                now,
                now
            });
        }
        jdbc.batchUpdate("""
                insert into government_body (id, kind, parent_id, country, name_en, name_ru, name_kk, abbreviation,
                    version, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)
                """, rows);
        return ids;
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
        Map<Long, BodyView> bodyViews = bodiesOf(named);
        List<Long> ids = ids("legal_act", commands.size());
        List<Long> stageIds = ids(
                "act_stage", commands.stream().mapToInt(c -> c.stages().size()).sum());
        List<Long> mandateIds = ids(
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
            String summary = strippedOrNull(c.summary());
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
                                "entry.stage." + stage.stage(), EntryTitle.term("act.kind." + c.kind()), title),
                        summary,
                        "/acts/" + id,
                        body,
                        citing));
            }
            String label = label(c, number, title, inOrder.get(0).date());
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
                        EntryTitle.message("entry.mandate.GRANTED", body.nameEn(), duties.size(), label),
                        String.join("; ", duties),
                        "/bodies/" + body.id() + "?asOf=" + from,
                        body,
                        citing));
            });
        }
        jdbc.batchUpdate("""
                insert into legal_act (id, kind, official_number, registry_number, eli, title_en, title_ru, title_kk,
                    issuing_body_id, summary, version, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)
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

    /**
     * Records the statements; answers their ids in the order of the commands. The incidents they speak about get the
     * attribution their claim ledgers now support, as each statement's event gives them one at a time.
     */
    List<Long> statements(List<RecordStatement> commands) {
        Set<Long> incidents = new LinkedHashSet<>();
        Set<Long> acts = new LinkedHashSet<>();
        for (RecordStatement c : commands) {
            if (c.incidentId() != null) {
                incidents.add(c.incidentId());
            } else {
                acts.add(c.actId());
            }
            if (c.actorCountry() != null) {
                known(c.actorCountry());
            }
            if (c.claimedOrigin() != null) {
                known(c.claimedOrigin());
            }
        }
        listed("airspace_incident", incidents);
        listed("legal_act", acts);
        Map<Long, BodyView> actors = bodiesOf(commands.stream()
                .map(RecordStatement::actorBodyId)
                .filter(Objects::nonNull)
                .toList());
        List<Long> ids = ids("statement", commands.size());
        Timestamp now = Timestamp.from(clock.instant());
        Map<List<Long>, List<Citation>> citations = new HashMap<>();
        List<Object[]> rows = new ArrayList<>(commands.size());
        List<Object[]> cited = new ArrayList<>(commands.size());
        List<TimelineEntryDraft> entries = new ArrayList<>(commands.size());
        for (int i = 0; i < commands.size(); i++) {
            RecordStatement c = commands.get(i);
            long id = ids.get(i);
            String actor = c.actorBodyId() == null
                    ? c.actorName().strip()
                    : actors.get(c.actorBodyId()).nameEn();
            String text = c.text().strip();
            List<Long> sourceIds = List.copyOf(new LinkedHashSet<>(c.sourceIds()));
            rows.add(new Object[] {
                id,
                Date.valueOf(c.date().start()),
                c.date().precision().name(),
                c.date().approximate(),
                c.actorType().name(),
                actor,
                c.actorBodyId(),
                c.actorCountry(),
                c.stance().name(),
                c.claimedOrigin(),
                text,
                c.quote(),
                c.incidentId(),
                c.actId(),
                now,
                now
            });
            sourceIds.forEach(source -> cited.add(new Object[] {id, source}));
            String headline = c.stance() == Stance.ASSERTS && c.claimedOrigin() != null
                    ? "CLAIM"
                    : c.stance().name();
            String subject = c.incidentId() != null ? "/incidents/" + c.incidentId() : "/acts/" + c.actId();
            entries.add(new TimelineEntryDraft(
                    "statement:" + id,
                    EntryKind.STATEMENT,
                    c.stance().name(),
                    c.date(),
                    EntryTitle.message("entry.statement." + headline, actor),
                    text,
                    subject + "#statement-" + id,
                    c.actorBodyId(),
                    c.actorBodyId() == null ? null : actor,
                    null,
                    c.claimedOrigin(),
                    null,
                    citations.computeIfAbsent(sourceIds, sources::citations)));
        }
        jdbc.batchUpdate("""
                insert into statement (id, date_on, date_precision, date_approximate, actor_type, actor_name,
                    actor_body_id, actor_country, stance, claimed_origin, text, quote, incident_id, act_id, version,
                    created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)
                """, rows);
        jdbc.batchUpdate("insert into statement_source (statement_id, source_id) values (?, ?)", cited);
        timeline.recordNew(entries);
        attribute(incidents);
        return ids;
    }

    /**
     * Gives the entries of the incidents the attribution their claim ledgers support, where it differs from the one
     * stored: written like the timeline writer writes a changed entry, citations kept.
     */
    private void attribute(Collection<Long> incidentIds) {
        if (incidentIds.isEmpty()) {
            return;
        }
        Map<Long, List<StatementView>> ledgers = new HashMap<>();
        Map<Long, String> affected = new HashMap<>();
        jdbc.query(
                """
                select t.id, t.incident_id, t.date_on, t.date_precision, t.date_approximate, t.actor_type, t.actor_name,
                       t.actor_body_id, t.actor_country, t.stance, t.claimed_origin, b.country, i.country
                  from statement t
                  join airspace_incident i on i.id = t.incident_id
                  left join government_body b on b.id = t.actor_body_id
                 where t.incident_id = any (?) and t.archived_at is null
                """,
                rs -> {
                    long incident = rs.getLong(2);
                    affected.put(incident, rs.getString(13));
                    ledgers.computeIfAbsent(incident, k -> new ArrayList<>())
                            .add(new StatementView(
                                    rs.getLong(1),
                                    new FuzzyDate(
                                            rs.getDate(3).toLocalDate(),
                                            DatePrecision.valueOf(rs.getString(4)),
                                            rs.getBoolean(5)),
                                    ActorType.valueOf(rs.getString(6)),
                                    rs.getString(7),
                                    (Long) rs.getObject(8),
                                    rs.getString(9),
                                    Stance.valueOf(rs.getString(10)),
                                    rs.getString(11),
                                    null,
                                    false,
                                    incident,
                                    null,
                                    List.of(),
                                    0,
                                    false,
                                    rs.getString(12)));
                },
                (Object) incidentIds.toArray(Long[]::new));
        List<Object[]> changes = new ArrayList<>(ledgers.size());
        ledgers.forEach((incident, ledger) -> {
            Attribution attribution = Attribution.from(affected.get(incident), ledger);
            String status = attribution.status().name();
            changes.add(
                    new Object[] {status, attribution.origin(), "incident:" + incident, status, attribution.origin()});
        });
        jdbc.batchUpdate("""
                update timeline_entry set attribution = ?, origin = ?, updated_at = now()
                 where entry_key = ? and (attribution, origin) is distinct from (?, ?)
                """, changes);
    }

    /** An entry of an act's that names a body (who took a stage, who was given duties) and has no place. */
    private static TimelineEntryDraft bodyEntry(
            String key,
            EntryKind kind,
            String subtype,
            FuzzyDate date,
            EntryTitle title,
            String summary,
            String path,
            BodyView body,
            List<Citation> citing) {
        return new TimelineEntryDraft(
                key, kind, subtype, date, title, summary, path, body.id(), body.nameEn(), null, null, null, citing);
    }

    /**
     * How an act is named where a grant of its duties is shown, as the act itself names it: "Decree No. 12 of 14
     * September 2025", or by its title when it has no number.
     */
    private static String label(IssueAct c, String number, String title, FuzzyDate first) {
        String kind = c.kind().name().charAt(0) + c.kind().name().substring(1).toLowerCase(Locale.ROOT);
        StringBuilder label = new StringBuilder(kind);
        if (number != null) {
            label.append(" No. ").append(number);
        }
        label.append(" of ").append(first.label(Locale.ENGLISH));
        if (number == null) {
            label.append(" “").append(title).append('”');
        }
        return label.toString();
    }

    private Map<Long, BodyView> bodiesOf(List<Long> ids) {
        Map<Long, BodyView> found = ids.isEmpty() ? Map.of() : bodies.byIds(ids);
        for (Long id : ids) {
            if (!found.containsKey(id)) {
                throw new IllegalArgumentException("no body " + id);
            }
        }
        return found;
    }

    /** Refuses subjects that are not in the lists: statements about them would leave the timeline with them. */
    private void listed(String table, Set<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Integer listed = jdbc.queryForObject(
                "select count(*) from " + table + " where id = any (?) and archived_at is null", Integer.class, (Object)
                        ids.toArray(Long[]::new));
        if (listed == null || listed != ids.size()) {
            throw new IllegalArgumentException("a statement is about a record that is not in the lists");
        }
    }

    private static void known(String country) {
        if (!Countries.isKnown(country)) {
            throw new IllegalArgumentException("unknown country code " + country);
        }
    }

    /** The next {@code count} ids of the table's identity, taken at once. */
    private List<Long> ids(String table, int count) {
        if (count == 0) {
            return List.of();
        }
        return jdbc.queryForList(
                "select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)", Long.class, table, count);
    }
}
