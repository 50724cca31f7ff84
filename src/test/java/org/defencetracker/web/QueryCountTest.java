package org.defencetracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.defencetracker.TestRecords;
import org.defencetracker.WebPageTest;
import org.defencetracker.act.ActService;
import org.defencetracker.act.ActView;
import org.defencetracker.act.RelationType;
import org.defencetracker.act.StageKind;
import org.defencetracker.body.BodyView;
import org.defencetracker.incident.IncidentView;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.statement.ActorType;
import org.defencetracker.statement.RecordStatement;
import org.defencetracker.statement.SourceView;
import org.defencetracker.statement.Stance;
import org.defencetracker.statement.StatementService;
import org.defencetracker.statement.StatementView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every page runs as many SQL statements with a few related records as with many: the count of statements a page
 * runs must not grow with the records in the database or on the page (no statement per row, no whole table read
 * as entities with their collections).
 */
@WebPageTest
@Import({TestRecords.class, CountedStatements.class})
class QueryCountTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestRecords records;

    @Autowired
    ActService acts;

    @Autowired
    StatementService statements;

    @Test
    void noPageRunsMoreStatementsForMoreRecords() throws Exception {
        String word = TestRecords.uniqueWord();
        LocalDate day = TestRecords.quietDay();
        BodyView issuer = records.body("Counted issuer");
        BodyView ministry = records.body("Counted ministry");
        SourceView source = records.source();
        ActView act = actOf(issuer, ministry, day, source, word);
        IncidentView incident = records.incident(FuzzyDate.day(day.getYear(), day.getMonthValue(), 1), word);
        StatementView statement = statementsAbout(act, incident, day, word);
        relateMore(act, issuer, ministry, day, word);

        Map<String, String> pages = pages(act, issuer, incident, source, statement, word);
        pages.values().forEach(this::statementsOf); // the first request of a page warms what is cached once
        // A change of the data, so that what is kept per version of it (the timeline's surroundings) is computed
        // again in this count as it is in the one after the changes below.
        records.source();
        Map<String, Integer> few = counts(pages);

        for (int i = 0; i < 4; i++) {
            BodyView more = records.body("Counted more");
            ActView other = actOf(issuer, more, day.plusDays(i + 1), records.source(), word);
            acts.relate(act.id(), RelationType.AMENDS, other.id());
            actOf(more, ministry, day.plusDays(i + 2), source, word);
            records.incident(FuzzyDate.day(day.getYear(), day.getMonthValue(), 2), word);
            statementsAbout(act, incident, day, word);
        }
        Map<String, Integer> many = counts(pages);
        many.forEach((name, count) -> {
            if (!count.equals(few.get(name))) {
                statementsOf(pages.get(name));
                System.out.println("Statements of " + name + ": " + String.join("\n  ", CountedStatements.SQL));
            }
        });

        assertThat(many)
                .as("statements per page with more records (before: %s)", few)
                .isEqualTo(few);
    }

    @Test
    void aRangeOfDatesCountsItsEdgeMonthsOnceForEveryFilter() {
        LocalDate day = TestRecords.quietDay();
        records.incident(FuzzyDate.exact(day), TestRecords.uniqueWord());
        String range = "/timeline?from=" + day.minusDays(40) + "&to=" + day.plusDays(40);
        // Each after a change of the data, so that neither page's surroundings come from what is kept.
        records.source();
        int plain = statementsOf("/timeline");
        records.source();
        int ranged = statementsOf(range);

        // The edge months add one statement each, whatever the number of filters counted beside the list.
        assertThat(ranged).isLessThanOrEqualTo(plain + 2);
    }

    @Test
    void aViewReadAgainWithoutASessionRunsOnlyTheQueryOfTheDataVersion() {
        String word = TestRecords.uniqueWord();
        records.incident(FuzzyDate.exact(TestRecords.quietDay()), word);
        for (String path : List.of(
                "/timeline?q=" + word,
                "/timeline?q=" + word + "&zoom=YEAR",
                "/search?q=" + word,
                "/acts",
                "/feed.atom",
                "/api/v1/timeline?q=" + word,
                "/api/v1/search?q=" + word)) {
            int first = anonymousStatementsOf(path);
            assertThat(anonymousStatementsOf(path)).as(path).isEqualTo(1).isLessThan(first);
            assertThat(CountedStatements.SQL)
                    .as(path)
                    .singleElement()
                    .asString()
                    .contains("data_version");
        }
        // A reader who has signed in is given the page made anew.
        String page = "/timeline?q=" + word;
        assertThat(statementsOf(page)).isGreaterThan(anonymousStatementsOf(page));
    }

    private ActView actOf(BodyView issuer, BodyView granted, LocalDate day, SourceView source, String word) {
        return records.act(issuer.id())
                .titled("Counted decree " + word + " " + TestRecords.uniqueWord())
                .stage(StageKind.DRAFTED, FuzzyDate.day(day.getYear(), day.getMonthValue(), day.getDayOfMonth()))
                .stage(StageKind.ADOPTED, FuzzyDate.day(day.getYear() + 1, 1, 2), granted.id())
                .grants(granted.id(), day.plusYears(1), null, "Count the duties " + word)
                .citing(source, records.source())
                .issue();
    }

    private StatementView statementsAbout(ActView act, IncidentView incident, LocalDate day, String word) {
        FuzzyDate date = FuzzyDate.day(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
        statements.record(new RecordStatement(
                date,
                ActorType.OFFICIAL,
                "Counted actor " + word,
                null,
                "KZ",
                Stance.ASSERTS,
                null,
                "Counted statement about the act " + word,
                false,
                null,
                act.id(),
                List.of(records.source().id())));
        return records.statement(incident.id(), ActorType.MEDIA, Stance.ASSERTS, "RU", date, word);
    }

    private void relateMore(ActView act, BodyView issuer, BodyView ministry, LocalDate day, String word) {
        ActView other = actOf(issuer, ministry, day.plusDays(3), records.source(), word);
        acts.relate(other.id(), RelationType.IMPLEMENTS, act.id());
    }

    private static Map<String, String> pages(
            ActView act,
            BodyView body,
            IncidentView incident,
            SourceView source,
            StatementView statement,
            String word) {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("timeline", "/timeline");
        pages.put("timeline of the body", "/timeline?body=" + body.id());
        pages.put("timeline with words", "/timeline?q=" + word);
        pages.put("search", "/search?q=" + word);
        pages.put("acts", "/acts");
        pages.put("decrees", "/acts?kind=DECREE");
        pages.put("act", "/acts/" + act.id());
        pages.put("act history", "/acts/" + act.id() + "/history");
        pages.put("act form", "/acts/" + act.id() + "/edit");
        pages.put("new act", "/acts/new");
        pages.put("bodies", "/bodies");
        pages.put("body", "/bodies/" + body.id());
        pages.put("body history", "/bodies/" + body.id() + "/history");
        pages.put("body form", "/bodies/" + body.id() + "/edit");
        pages.put("new body", "/bodies/new");
        pages.put("incidents", "/incidents");
        pages.put("incident", "/incidents/" + incident.id());
        pages.put("incident history", "/incidents/" + incident.id() + "/history");
        pages.put("incident form", "/incidents/" + incident.id() + "/edit");
        pages.put("new incident", "/incidents/new");
        pages.put("sources", "/sources");
        pages.put("source", "/sources/" + source.id());
        pages.put("source history", "/sources/" + source.id() + "/history");
        pages.put("source form", "/sources/" + source.id() + "/edit");
        pages.put("statement history", "/statements/" + statement.id() + "/history");
        pages.put("statement form", "/statements/" + statement.id() + "/edit");
        pages.put("new statement", "/statements/new?incident=" + incident.id());
        pages.put("feed", "/feed.atom");
        return pages;
    }

    private Map<String, Integer> counts(Map<String, String> pages) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        pages.forEach((name, path) -> counts.put(name, statementsOf(path)));
        return counts;
    }

    private int anonymousStatementsOf(String path) {
        try {
            return CountedStatements.during(
                    () -> mvc.perform(get(path)).andExpect(status().isOk()).andReturn());
        } catch (Exception ex) {
            throw new AssertionError(path, ex);
        }
    }

    private int statementsOf(String path) {
        try {
            return CountedStatements.during(
                    () -> mvc.perform(get(path).with(user("counted-editor").roles("EDITOR")))
                            .andExpect(status().isOk())
                            .andReturn());
        } catch (Exception ex) {
            throw new AssertionError(path, ex);
        } catch (AssertionError ex) {
            throw new AssertionError(path + ": " + ex.getMessage(), ex);
        }
    }
}
