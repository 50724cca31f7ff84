package org.defencetracker.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.defencetracker.act.ActKind;
import org.defencetracker.act.IssueAct;
import org.defencetracker.act.StageKind;
import org.defencetracker.body.BodyKind;
import org.defencetracker.body.CreateBody;
import org.defencetracker.shared.DatePrecision;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.statement.ActorType;
import org.defencetracker.statement.CreateSource;
import org.defencetracker.statement.RecordStatement;
import org.defencetracker.statement.SourceService;
import org.defencetracker.statement.Stance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Generates synthetic bodies, acts and statements for load tests. They are written thousands at a time
 * ({@link RecordBatches}), as the same rows the services write for each, so every entry, mandate, history row and
 * trigger is as in real use. The same seed gives the same records. Like {@link SyntheticIncidents}, everything is
 * dated 2000–2024, named as generated and cited to the generator. One body in six acts of every
 * kind comes from the first generated body, so that one body's page lists a large share of all acts.
 */
@Component
public class SyntheticRecords {

    private static final int BATCH = 5_000;
    private static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    private static final int DAYS = (int) (LocalDate.of(2024, 12, 31).toEpochDay() - FIRST.toEpochDay());
    private static final BodyKind[] BODY_KINDS = {
        BodyKind.MINISTRY, BodyKind.AGENCY, BodyKind.COMMITTEE, BodyKind.FORCE, BodyKind.LOCAL_AUTHORITY
    };
    private static final String[] DUTIES = {
        "Protect critical infrastructure from unmanned aircraft",
        "Report airspace violations to the operational headquarters",
        "Train territorial defence units of the region",
        "Keep a register of detected drones and their operators",
        "Coordinate evacuation of residents near the border"
    };

    private final RecordBatches batches;
    private final SourceService sources;
    private final GenerationTransactions transactions;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    SyntheticRecords(
            RecordBatches batches,
            SourceService sources,
            GenerationTransactions transactions,
            JdbcTemplate jdbc,
            Clock clock) {
        this.batches = batches;
        this.sources = sources;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Adds {@code count} bodies; answers their ids. */
    public List<Long> bodies(int count, long seed) {
        Random random = new Random(seed);
        long before = count("government_body");
        return inBatches(
                count,
                n -> new CreateBody(
                        BODY_KINDS[random.nextInt(BODY_KINDS.length)],
                        null,
                        "KZ",
                        "Synthetic body " + (before + n) + " (generated test data)",
                        null,
                        null,
                        null),
                batches::bodies);
    }

    /** Adds {@code count} acts issued by the given bodies, each with one to three stages and one or two duties. */
    public List<Long> acts(int count, List<Long> issuers, long seed) {
        Random random = new Random(seed);
        long source = source("Synthetic acts for load testing (not real acts)");
        long before = count("legal_act");
        return inBatches(
                count,
                n -> {
                    long issuer = random.nextInt(6) == 0 ? issuers.get(0) : issuers.get(random.nextInt(issuers.size()));
                    LocalDate adopted = FIRST.plusDays(random.nextInt(DAYS + 1));
                    List<IssueAct.Stage> stages = new ArrayList<>();
                    stages.add(new IssueAct.Stage(StageKind.ADOPTED, FuzzyDate.exact(adopted), null, null));
                    if (random.nextBoolean()) {
                        stages.add(new IssueAct.Stage(
                                StageKind.PUBLISHED, FuzzyDate.exact(adopted.plusDays(3)), null, null));
                    }
                    if (random.nextInt(3) == 0) {
                        stages.add(new IssueAct.Stage(
                                StageKind.IN_FORCE, FuzzyDate.exact(adopted.plusDays(10)), null, null));
                    }
                    List<IssueAct.Duties> duties = new ArrayList<>();
                    for (int d = 0; d < 1 + random.nextInt(2); d++) {
                        duties.add(new IssueAct.Duties(
                                issuers.get(random.nextInt(issuers.size())),
                                List.of(DUTIES[random.nextInt(DUTIES.length)]),
                                adopted.plusDays(10),
                                null));
                    }
                    ActKind kind = ActKind.values()[random.nextInt(ActKind.values().length)];
                    return new IssueAct(
                            kind,
                            "SYN-" + (before + n),
                            null,
                            null,
                            "Synthetic act " + (before + n) + " on territorial defence (generated test data)",
                            null,
                            null,
                            issuer,
                            "Generated for load testing; not a real act.",
                            null,
                            null,
                            stages,
                            duties,
                            List.of(source));
                },
                batches::acts);
    }

    /** Adds {@code count} statements, four in five about a generated incident and the rest about the given acts. */
    public int statements(int count, List<Long> actIds, long seed) {
        if (actIds.isEmpty() && !hasIncidents()) {
            return 0;
        }
        Random random = new Random(seed);
        long source = source("Synthetic statements for load testing (not real statements)");
        List<Long> incidentIds = jdbc.queryForList(
                "select id from airspace_incident where title like 'Synthetic incident %' order by id limit 200000",
                Long.class);
        Stance[] stances = Stance.values();
        return inBatches(
                        count,
                        n -> {
                            boolean aboutIncident =
                                    !incidentIds.isEmpty() && (actIds.isEmpty() || random.nextInt(5) > 0);
                            Long incident = aboutIncident ? incidentIds.get(random.nextInt(incidentIds.size())) : null;
                            Long act = aboutIncident ? null : actIds.get(random.nextInt(actIds.size()));
                            LocalDate day = FIRST.plusDays(random.nextInt(DAYS + 1));
                            return new RecordStatement(
                                    new FuzzyDate(day, DatePrecision.DAY, false),
                                    ActorType.values()[random.nextInt(ActorType.values().length)],
                                    "Synthetic speaker " + (1 + random.nextInt(500)),
                                    null,
                                    "KZ",
                                    stances[random.nextInt(stances.length)],
                                    null,
                                    "Synthetic statement " + n + " (generated test data).",
                                    false,
                                    incident,
                                    act,
                                    List.of(source));
                        },
                        batches::statements)
                .size();
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private boolean hasIncidents() {
        return Boolean.TRUE.equals(
                jdbc.queryForObject("select exists (select 1 from airspace_incident)", Boolean.class));
    }

    private long source(String title) {
        return sources.create(new CreateSource(
                        SyntheticIncidents.PUBLISHER,
                        title,
                        null,
                        FuzzyDate.exact(LocalDate.now(clock)),
                        "Generated data; never cite it."))
                .id();
    }

    /**
     * Makes the commands in order, {@link #BATCH} at a time, and writes each batch in a transaction of its own; answers
     * the ids written.
     */
    private <C> List<Long> inBatches(int count, IntFunction<C> command, Function<List<C>, List<Long>> write) {
        List<Long> ids = new ArrayList<>(count);
        while (ids.size() < count) {
            int from = ids.size();
            int size = Math.min(BATCH, count - from);
            List<C> batch = new ArrayList<>(size);
            for (int i = 1; i <= size; i++) {
                batch.add(command.apply(from + i));
            }
            ids.addAll(transactions.execute(() -> write.apply(batch)));
        }
        return ids;
    }
}
