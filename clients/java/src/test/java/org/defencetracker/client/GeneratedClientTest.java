package org.defencetracker.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.defencetracker.client.api.ActsApi;
import org.defencetracker.client.api.BodiesApi;
import org.defencetracker.client.api.ExportsApi;
import org.defencetracker.client.api.IncidentsApi;
import org.defencetracker.client.api.SearchApi;
import org.defencetracker.client.api.SourcesApi;
import org.defencetracker.client.api.TimelineApi;
import org.defencetracker.client.api.TokensApi;
import org.defencetracker.client.model.ActDuty;
import org.defencetracker.client.model.ActDutyInput;
import org.defencetracker.client.model.ActInput;
import org.defencetracker.client.model.ActJson;
import org.defencetracker.client.model.ActStageInput;
import org.defencetracker.client.model.ApiPageTimelineEntry;
import org.defencetracker.client.model.BodyDuty;
import org.defencetracker.client.model.BodyJson;
import org.defencetracker.client.model.IncidentInput;
import org.defencetracker.client.model.IncidentJson;
import org.defencetracker.client.model.Problem;
import org.defencetracker.client.model.SearchJson;
import org.defencetracker.client.model.SourceInput;
import org.defencetracker.client.model.SourceJson;
import org.defencetracker.client.model.TimelineEntry;
import org.defencetracker.client.model.TimelineExportEntry;
import org.defencetracker.client.model.TokenJson;
import org.junit.jupiter.api.Test;

/**
 * What an integrator does with the client generated from the live document, and nothing but that client: read
 * acts, a body's mandate and the timeline, search, write with a token, and be told of a stale update.
 */
class GeneratedClientTest {

    @Test
    void listsActsAndReadsOneWithItsStagesAndDuties() throws ApiException {
        ActsApi acts = new ActsApi(Tracker.anonymous());

        ActJson read = withDuties(acts);

        assertNotNull(read.getKind());
        assertFalse(read.getStages().isEmpty(), "stages");
        assertNotNull(read.getStages().get(0).getStage());
        assertNotNull(read.getStages().get(0).getDate().getStart());
        ActDuty duty = read.getDuties().get(0);
        assertNotNull(duty.getBodyId());
        assertNotNull(duty.getChange());
        assertFalse(duty.getDuty().isBlank());
    }

    @Test
    void readsABodysMandateAsOfADay() throws ApiException {
        ActDuty granted = withDuties(new ActsApi(Tracker.anonymous())).getDuties().stream()
                        .filter(duty -> duty.getChange() == ActDuty.ChangeEnum.GRANTED && duty.getValidFrom() != null)
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no act grants a dated duty"));
        BodiesApi bodies = new BodiesApi(Tracker.anonymous());

        BodyJson onTheDay = bodies.getBody(granted.getBodyId(), granted.getValidFrom());
        BodyJson dayBefore = bodies.getBody(granted.getBodyId(), granted.getValidFrom().minusDays(1));

        assertEquals(granted.getValidFrom(), onTheDay.getAsOf());
        assertTrue(
                onTheDay.getMandate().stream().map(BodyDuty::getDuty).anyMatch(granted.getDuty()::equals),
                "the duty is in the mandate from its first day");
        assertTrue(
                dayBefore.getMandate().stream()
                        .noneMatch(duty -> duty.getDuty().equals(granted.getDuty())
                                && granted.getValidFrom().equals(duty.getValidFrom())),
                "the duty is not in the mandate the day before");
    }

    @Test
    void pagesTheFilteredTimelineOnwardAndBack() throws ApiException {
        TimelineApi timeline = new TimelineApi(Tracker.anonymous());
        List<String> kinds = List.of("ACT_STAGE", "MANDATE_CHANGE", "INCIDENT");
        LocalDate to = LocalDate.now();

        ApiPageTimelineEntry first = timeline.getTimeline(null, to, kinds, null, null, null, null, null, null, null, 2, null, null);
        assertEquals(2, first.getItems().size());
        assertNull(first.getPrevious(), "the newest page has nothing newer");
        assertNotNull(first.getNext(), "the demo case has more than two such entries");

        ApiPageTimelineEntry second =
                timeline.getTimeline(null, to, kinds, null, null, null, null, null, first.getNext(), null, 2, null, null);
        assertFalse(second.getItems().isEmpty());
        for (TimelineEntry entry : second.getItems()) {
            assertTrue(kinds.contains(entry.getKind().getValue()), entry.getKind() + " is not a kind asked for");
            assertFalse(entry.getDate().getStart().isAfter(to));
        }
        assertNotNull(second.getPrevious());

        ApiPageTimelineEntry back = timeline.getTimeline(
                null, to, kinds, null, null, null, null, null, null, second.getPrevious(), 2, null, null);
        assertEquals(ids(first), ids(back));
    }

    @Test
    void exportsTheFilteredTimelineWhole() throws ApiException {
        List<String> incidents = List.of("INCIDENT");
        List<TimelineExportEntry> exported = new ExportsApi(Tracker.anonymous())
                .exportTimelineJson(null, null, incidents, null, null, null, null, null, null);

        assertFalse(exported.isEmpty(), "the demo case has incidents");
        for (TimelineExportEntry entry : exported) {
            assertEquals("INCIDENT", entry.getKind().getValue());
            assertTrue(entry.getId().startsWith("incident:"), entry.getId());
            assertNotNull(entry.getDate());
        }
    }

    @Test
    void searches() throws ApiException {
        SearchJson found = new SearchApi(Tracker.anonymous()).search("emergency", null, 1);

        assertTrue(found.getTotal() > 0);
        assertFalse(found.getItems().isEmpty());
        assertNotNull(found.getItems().get(0).getPath());
    }

    @Test
    void writesASourceAnIncidentAndAnActWithDutiesWithAToken() throws ApiException {
        TokenJson token = Tracker.issueToken(true);
        assertTrue(token.getSecret().startsWith("dtk_"));
        ApiClient client = Tracker.withToken(token.getSecret());
        String mark = UUID.randomUUID().toString();

        SourceJson source = new SourcesApi(client)
                .createSource(new SourceInput()
                        .publisher("Client test wire")
                        .title("Report " + mark)
                        .date("2025-09-20")
                        .precision(SourceInput.PrecisionEnum.DAY));
        assertEquals("Report " + mark, new SourcesApi(Tracker.anonymous()).getSource(source.getId()).getTitle());

        LocalDate day = LocalDate.of(2024, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(600));
        IncidentJson incident = new IncidentsApi(client)
                .createIncident(new IncidentInput()
                        .kind(IncidentInput.KindEnum.DRONE_INCURSION)
                        .title("Drone seen " + mark)
                        .date(day.toString())
                        .precision(IncidentInput.PrecisionEnum.DAY)
                        .country("KZ")
                        .geoPrecision(IncidentInput.GeoPrecisionEnum.COUNTRY)
                        .response(IncidentInput.ResponseEnum.UNKNOWN)
                        .sources(List.of(source.getId()))
                        .confirmDuplicate(true));
        IncidentJson readIncident = new IncidentsApi(Tracker.anonymous()).getIncident(incident.getId());
        assertEquals("Drone seen " + mark, readIncident.getTitle());
        assertEquals(source.getId(), readIncident.getSources().get(0).getId());

        BodyJson body = new BodiesApi(Tracker.anonymous()).listBodies(null).getItems().get(0);
        ActJson act = new ActsApi(client)
                .createAct(new ActInput()
                        .kind(ActInput.KindEnum.ORDER)
                        .titleEn("Order " + mark)
                        .issuingBodyId(body.getId())
                        .stages(List.of(new ActStageInput()
                                .stage(ActStageInput.StageEnum.SIGNED)
                                .date("2025-10-01")
                                .precision(ActStageInput.PrecisionEnum.DAY)))
                        .sources(List.of(source.getId()))
                        .duties(List.of(
                                new ActDutyInput()
                                        .bodyId(body.getId())
                                        .duty("Keep a watch list " + mark)
                                        .validFrom("2025-10-01"),
                                new ActDutyInput()
                                        .bodyId(body.getId())
                                        .duty("Report weekly " + mark)
                                        .validFrom("2025-10-01"))));
        ActJson readAct = new ActsApi(Tracker.anonymous()).getAct(act.getId());
        assertEquals("Order " + mark, readAct.getTitleEn());
        assertEquals(2, readAct.getDuties().size());
        assertEquals(ActJson.StatusEnum.SIGNED, readAct.getStatus());
    }

    @Test
    void aStaleUpdateIsRefusedWithATypedConflict() throws Exception {
        SourcesApi sources = new SourcesApi(Tracker.withToken(Tracker.issueToken(true).getSecret()));
        SourceJson created = sources.createSource(
                new SourceInput().publisher("Client test wire").title("To be corrected " + UUID.randomUUID()));
        SourceJson corrected = sources.updateSource(
                created.getId(),
                new SourceInput()
                        .publisher("Client test wire")
                        .title(created.getTitle() + " (corrected)")
                        .version(created.getVersion()));
        assertEquals(created.getVersion() + 1, corrected.getVersion());

        ApiException refused = assertThrows(
                ApiException.class,
                () -> sources.updateSource(
                        created.getId(),
                        new SourceInput()
                                .publisher("Client test wire")
                                .title("From the old version")
                                .version(created.getVersion())));

        assertEquals(409, refused.getCode());
        Problem problem = Tracker.problem(refused);
        assertEquals(409, problem.getStatus());
        assertEquals(created.getVersion(), problem.getEditedVersion());
        assertNotNull(problem.getDetail());
    }

    @Test
    void aReadOnlyTokenCannotWriteAndARevokedOneIsRefused() throws Exception {
        TokenJson readOnly = Tracker.issueToken(false);
        ApiClient reader = Tracker.withToken(readOnly.getSecret());
        SourceInput source = new SourceInput().publisher("Client test wire").title("Not to be saved");

        assertFalse(new ActsApi(reader).listActs(null, null, null, 1).getItems().isEmpty(), "a read-only token reads");
        ApiException forbidden =
                assertThrows(ApiException.class, () -> new SourcesApi(reader).createSource(source));
        assertEquals(403, forbidden.getCode());
        assertEquals(403, Tracker.problem(forbidden).getStatus());

        TokenJson writer = Tracker.issueToken(true);
        new TokensApi(Tracker.withPassword()).revokeToken(writer.getId());
        ApiException unauthorized = assertThrows(
                ApiException.class, () -> new SourcesApi(Tracker.withToken(writer.getSecret())).createSource(source));
        assertEquals(401, unauthorized.getCode());
    }

    /** The first listed act that has duties, read whole (a list gives each act without its duties). */
    private static ActJson withDuties(ActsApi acts) throws ApiException {
        List<ActJson> listed = acts.listActs(null, null, null, 200).getItems();
        assertFalse(listed.isEmpty(), "acts are listed");
        for (ActJson act : listed) {
            ActJson read = acts.getAct(act.getId());
            assertEquals(act.getId(), read.getId());
            if (!read.getDuties().isEmpty()) {
                return read;
            }
        }
        throw new AssertionError("no act has duties");
    }

    private static List<Long> ids(ApiPageTimelineEntry page) {
        return page.getItems().stream().map(TimelineEntry::getId).toList();
    }
}
