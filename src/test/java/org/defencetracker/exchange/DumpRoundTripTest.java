package org.defencetracker.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.defencetracker.SeparateTracker;
import org.defencetracker.TestRecords;
import org.defencetracker.act.ActService;
import org.defencetracker.act.ActView;
import org.defencetracker.act.RelationType;
import org.defencetracker.act.StageKind;
import org.defencetracker.body.BodyKind;
import org.defencetracker.body.BodyService;
import org.defencetracker.body.BodyView;
import org.defencetracker.body.CreateBody;
import org.defencetracker.body.MandateService;
import org.defencetracker.incident.IncidentService;
import org.defencetracker.incident.IncidentView;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.statement.ActorType;
import org.defencetracker.statement.SourceService;
import org.defencetracker.statement.SourceView;
import org.defencetracker.statement.Stance;
import org.defencetracker.statement.StatementService;
import org.defencetracker.statement.StatementView;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A dump of a tracker (the demo case and records of every kind), imported into a new and truly empty one, dumps again to the same content: only the ids
 * differ, and they are compared by their position in the dump.
 */
class DumpRoundTripTest {

    TestRecords records;
    BodyService bodies;
    ActService acts;
    MandateService mandates;
    IncidentService incidents;
    StatementService statements;
    SourceService sources;
    JsonMapper json;

    @Test
    void aDumpImportedIntoAnEmptyTrackerDumpsTheSame() throws Exception {
        String word = TestRecords.uniqueWord();
        try (ConfigurableApplicationContext tracker = tracker(true);
                ConfigurableApplicationContext empty = tracker(false)) {
            use(tracker);
            recordsOfEveryKind(word);
            byte[] first = dump(tracker.getBean(DumpService.class));
            List<Map<String, Object>> firstTimeline = timeline(tracker.getBean(JdbcClient.class), word);

            ImportService imports = empty.getBean(ImportService.class);
            ImportReport dryRun = imports.importFile(first, null, true, Locale.ENGLISH);
            assertThat(dryRun.problems()).isEmpty();
            assertThat(empty.getBean(BodyService.class).count()).isZero();

            ImportReport report = imports.importFile(first, null, false, Locale.ENGLISH);
            assertThat(report.problems()).isEmpty();
            assertThat(report.written()).isTrue();

            byte[] second = dump(empty.getBean(DumpService.class));
            assertThat(normalised(second).toPrettyString())
                    .isEqualTo(normalised(first).toPrettyString());
            assertThat(timeline(empty.getBean(JdbcClient.class), word)).isEqualTo(firstTimeline);

            ImportReport again = imports.importFile(first, null, false, Locale.ENGLISH);
            assertThat(again.problems())
                    .singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("only into an empty tracker"));
        }
    }

    /** Bodies in a hierarchy, acts with stages, relations and duties given and taken, claims; some archived. */
    private void recordsOfEveryKind(String word) {
        // A day the forms take: an import holds every record to their rules, years before 1900 included.
        LocalDate day = LocalDate.of(2024, 3, 11);
        BodyView government = records.body("Round trip government");
        BodyView ministry = bodies.create(new CreateBody(
                BodyKind.AGENCY, government.id(), "KZ", "Round trip agency " + word, "Агентство", "Агенттік", "RTA"));
        BodyView gone = records.body("Round trip archived body");
        bodies.archive(gone.id(), gone.version());
        SourceView source = records.source();
        ActView decree = records.act(government.id())
                .number("RT-" + word)
                .stage(StageKind.ADOPTED, FuzzyDate.exact(day))
                .stage(StageKind.PUBLISHED, FuzzyDate.exact(day.plusDays(2)), ministry.id())
                .grants(ministry.id(), day, null, "Guard the sky " + word, "Warn the people " + word)
                .grants(government.id(), day, day.plusYears(1), "Coordinate " + word)
                .citing(source)
                .issue();
        ActView amendment = records.act(government.id())
                .stage(StageKind.SIGNED, FuzzyDate.exact(day.plusDays(30)))
                .citing(source, records.source())
                .issue();
        acts.relate(amendment.id(), RelationType.AMENDS, decree.id());
        long warned = mandates.ofAct(decree.id()).stream()
                .filter(m -> m.duty().startsWith("Warn"))
                .findFirst()
                .orElseThrow()
                .id();
        acts.withdraw(amendment.id(), warned, day.plusDays(30));
        ActView archivedAct = records.act(ministry.id())
                .stage(StageKind.DRAFTED, FuzzyDate.month(day.getYear(), day.getMonthValue()))
                .issue();
        acts.archive(archivedAct.id(), acts.get(archivedAct.id()).version());

        IncidentView incident = records.incident(FuzzyDate.exact(day).approximately(), word, "KZ-55", source);
        records.statement(incident.id(), ActorType.OFFICIAL, Stance.CONFIRMS, "RU", FuzzyDate.exact(day), word);
        StatementView denial =
                records.statement(incident.id(), ActorType.MEDIA, Stance.DENIES, null, FuzzyDate.exact(day), word);
        statements.archive(denial.id(), denial.version());
        IncidentView archivedIncident = records.incident(FuzzyDate.year(day.getYear()), word);
        incidents.archive(archivedIncident.id(), archivedIncident.version());
        SourceView archivedSource = records.source();
        sources.archive(archivedSource.id(), archivedSource.version());
    }

    private static byte[] dump(DumpService dumps) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        dumps.write(out);
        return out.toByteArray();
    }

    private void use(ConfigurableApplicationContext tracker) {
        records = tracker.getAutowireCapableBeanFactory().createBean(TestRecords.class);
        bodies = tracker.getBean(BodyService.class);
        acts = tracker.getBean(ActService.class);
        mandates = tracker.getBean(MandateService.class);
        incidents = tracker.getBean(IncidentService.class);
        statements = tracker.getBean(StatementService.class);
        sources = tracker.getBean(SourceService.class);
        json = tracker.getBean(JsonMapper.class);
    }

    /**
     * The whole app on a throw-away embedded PostgreSQL of its own, with the demo case or truly empty. Both trackers
     * are new: the shared test database also holds rows other tests changed by hand in SQL, states no service
     * writes and so none can import. The datasource is set empty on the command line, which outranks
     * SPRING_DATASOURCE_URL, so the embedded cluster starts even where the tests run on a configured server.
     */
    private static ConfigurableApplicationContext tracker(boolean demo) {
        return SeparateTracker.start(demo);
    }

    /** The test's entries as the timeline shows them, without ids and times. */
    private static List<Map<String, Object>> timeline(JdbcClient jdbc, String word) {
        return jdbc.sql("""
                        select e.kind, e.subtype, e.date_on, e.date_end, e.date_precision, e.date_approximate,
                               regexp_replace(e.title, '#?[0-9]+', '') as title, e.body_name, e.region_code,
                               e.origin, e.attribution, e.geo_precision,
                               (select string_agg(s.publisher || ' ' || s.title, '; ' order by s.position)
                                  from timeline_entry_source s where s.entry_id = e.id) as cited
                          from timeline_entry e
                         where e.title like :w or e.body_name like :w or e.summary like :w
                         order by e.kind, e.date_on, e.subtype, e.title
                        """).param("w", "%" + word + "%").query().listOfRows();
    }

    /** The dump with its time of writing left out and every id replaced by the record's position in its section. */
    private JsonNode normalised(byte[] dump) {
        ObjectNode root = (ObjectNode) json.readTree(dump);
        root.remove("exportedAt");
        Map<String, Map<Long, Integer>> positions = new HashMap<>();
        for (String section : List.of("sources", "bodies", "acts", "mandates", "incidents", "statements")) {
            Map<Long, Integer> byId = new HashMap<>();
            ArrayNode records = (ArrayNode) root.get(section);
            for (int i = 0; i < records.size(); i++) {
                byId.put(records.get(i).get("id").asLong(), i);
            }
            positions.put(section, byId);
        }
        for (JsonNode record : root.get("sources")) {
            replace(record, "id", positions.get("sources"));
        }
        for (JsonNode record : root.get("bodies")) {
            replace(record, "id", positions.get("bodies"));
            replace(record, "parent", positions.get("bodies"));
        }
        for (JsonNode record : root.get("acts")) {
            replace(record, "id", positions.get("acts"));
            replace(record, "issuingBody", positions.get("bodies"));
            record.get("stages").forEach(s -> replace(s, "body", positions.get("bodies")));
            record.get("relations").forEach(r -> replace(r, "to", positions.get("acts")));
            replaceAll(record, "sources", positions.get("sources"));
        }
        for (JsonNode record : root.get("mandates")) {
            replace(record, "id", positions.get("mandates"));
            replace(record, "body", positions.get("bodies"));
            replace(record, "act", positions.get("acts"));
            replace(record, "withdraws", positions.get("mandates"));
        }
        for (JsonNode record : root.get("incidents")) {
            replace(record, "id", positions.get("incidents"));
            replaceAll(record, "sources", positions.get("sources"));
        }
        for (JsonNode record : root.get("statements")) {
            replace(record, "id", positions.get("statements"));
            replace(record, "actorBody", positions.get("bodies"));
            replace(record, "incident", positions.get("incidents"));
            replace(record, "act", positions.get("acts"));
            replaceAll(record, "sources", positions.get("sources"));
        }
        return root;
    }

    private static void replace(JsonNode record, String field, Map<Long, Integer> positions) {
        JsonNode id = record.get(field);
        if (id != null && !id.isNull()) {
            ((ObjectNode) record).put(field, positions.get(id.asLong()));
        }
    }

    private static void replaceAll(JsonNode record, String field, Map<Long, Integer> positions) {
        ArrayNode ids = (ArrayNode) record.get(field);
        for (int i = 0; i < ids.size(); i++) {
            ids.set(i, ids.numberNode(positions.get(ids.get(i).asLong())));
        }
    }
}
