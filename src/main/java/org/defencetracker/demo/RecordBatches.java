package org.defencetracker.demo;

import static org.defencetracker.shared.OptionalText.strippedOrNull;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.defencetracker.act.IssueAct;
import org.defencetracker.body.BodyView;
import org.defencetracker.body.CreateBody;
import org.defencetracker.incident.Attribution;
import org.defencetracker.shared.DatePrecision;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.shared.LocalizedName;
import org.defencetracker.statement.ActorType;
import org.defencetracker.statement.RecordStatement;
import org.defencetracker.statement.SourceService;
import org.defencetracker.statement.Stance;
import org.defencetracker.statement.StatementView;
import org.defencetracker.timeline.Citation;
import org.defencetracker.timeline.EntryKind;
import org.defencetracker.timeline.EntryTitle;
import org.defencetracker.timeline.EntryTranslations;
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
    private final BatchRows rows;
    private final ActBatches acts;
    private final TimelineWriter timeline;
    private final SourceService sources;
    private final Clock clock;

    RecordBatches(
            JdbcTemplate jdbc,
            BatchRows rows,
            ActBatches acts,
            TimelineWriter timeline,
            SourceService sources,
            Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.acts = acts;
        this.timeline = timeline;
        this.sources = sources;
        this.clock = clock;
    }

    /** Adds the bodies; answers their ids in the order of the commands. */
    List<Long> bodies(List<CreateBody> commands) {
        List<Long> ids = rows.ids("government_body", commands.size());
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> values = new ArrayList<>(commands.size());
        for (int i = 0; i < commands.size(); i++) {
            CreateBody c = commands.get(i);
            BatchRows.known(c.country());
            values.add(new Object[] {
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
                """, values);
        return ids;
    }

    /**
     * Issues the acts with their stages (in date order), citations and duties; answers their ids in the order of the
     * commands. Each stage gets its entry, each group of duties (one body, one day) the entry of its grant.
     */
    List<Long> acts(List<IssueAct> commands) {
        return acts.acts(commands);
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
                BatchRows.known(c.actorCountry());
            }
            if (c.claimedOrigin() != null) {
                BatchRows.known(c.claimedOrigin());
            }
        }
        rows.listed("airspace_incident", incidents);
        rows.listed("legal_act", acts);
        Map<Long, BodyView> actors = rows.bodiesOf(commands.stream()
                .map(RecordStatement::actorBodyId)
                .filter(Objects::nonNull)
                .toList());
        List<Long> ids = rows.ids("statement", commands.size());
        Timestamp now = Timestamp.from(clock.instant());
        Map<List<Long>, List<Citation>> citations = new HashMap<>();
        List<Object[]> values = new ArrayList<>(commands.size());
        List<Object[]> cited = new ArrayList<>(commands.size());
        List<TimelineEntryDraft> entries = new ArrayList<>(commands.size());
        for (int i = 0; i < commands.size(); i++) {
            RecordStatement c = commands.get(i);
            long id = ids.get(i);
            LocalizedName actorNames = c.actorBodyId() == null
                    ? new LocalizedName(c.actorName().strip(), null, null)
                    : actors.get(c.actorBodyId()).names();
            String actor = actorNames.en();
            String text = c.text().strip();
            List<Long> sourceIds = List.copyOf(new LinkedHashSet<>(c.sourceIds()));
            values.add(new Object[] {
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
                    EntryTitle.message("entry.statement." + headline, actorNames),
                    text,
                    subject + "#statement-" + id,
                    c.actorBodyId(),
                    c.actorBodyId() == null ? null : actor,
                    null,
                    c.claimedOrigin(),
                    null,
                    citations.computeIfAbsent(sourceIds, sources::citations),
                    new EntryTranslations(null, c.actorBodyId() == null ? null : actorNames, null)));
        }
        jdbc.batchUpdate("""
                insert into statement (id, date_on, date_precision, date_approximate, actor_type, actor_name,
                    actor_body_id, actor_country, stance, claimed_origin, text, quote, incident_id, act_id, version,
                    created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)
                """, values);
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
                                    rs.getString(12),
                                    null));
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
}
