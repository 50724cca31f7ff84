package org.defencetracker.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.defencetracker.PostgresTest;
import org.defencetracker.TestRecords;
import org.defencetracker.act.ActKind;
import org.defencetracker.act.ActService;
import org.defencetracker.act.ActView;
import org.defencetracker.act.IssueAct;
import org.defencetracker.act.StageKind;
import org.defencetracker.body.BodyKind;
import org.defencetracker.body.BodyService;
import org.defencetracker.body.BodyView;
import org.defencetracker.body.CreateBody;
import org.defencetracker.incident.IncidentService;
import org.defencetracker.incident.IncidentView;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.statement.ActorType;
import org.defencetracker.statement.CreateSource;
import org.defencetracker.statement.SourceService;
import org.defencetracker.statement.SourceView;
import org.defencetracker.statement.Stance;
import org.defencetracker.statement.StatementView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresTest
class SearchServiceTest {

    @Autowired
    SearchService search;

    @Autowired
    TestRecords records;

    @Autowired
    ActService acts;

    @Autowired
    BodyService bodies;

    @Autowired
    SourceService sources;

    @Autowired
    IncidentService incidents;

    @Test
    void findsTheDecreeOf14SeptemberFirstForEmergencyMinistryMandate() {
        SearchResults results = search.search("emergency ministry mandate", null, 1);

        assertThat(results.hits()).isNotEmpty();
        SearchHit first = results.hits().get(0);
        assertThat(first.kind()).isEqualTo(SearchKind.ACT);
        assertThat(first.title().text())
                .isEqualTo(
                        "Government decree adding territorial defence to the duties of the Ministry of Emergency Situations");
        assertThat(first.path()).isEqualTo("/acts/" + first.id());
        assertThat(first.date()).isEqualTo(FuzzyDate.day(2025, 9, 14));
        assertThat(first.title().parts())
                .filteredOn(Highlighted.Part::marked)
                .extracting(Highlighted.Part::text)
                .contains("Ministry", "Emergency");
        assertThat(first.snippet().parts())
                .filteredOn(Highlighted.Part::marked)
                .extracting(Highlighted.Part::text)
                .contains("mandate");
    }

    @Test
    void findsAnActByItsRussianTitleInRussian() {
        String word = TestRecords.uniqueWord();
        ActView act = acts.issue(new IssueAct(
                ActKind.LAW,
                null,
                null,
                null,
                "Test law " + word,
                "О территориальной обороне",
                null,
                records.body().id(),
                null,
                null,
                null,
                List.of(new IssueAct.Stage(StageKind.SIGNED, FuzzyDate.day(1990, 3, 3), null, null)),
                List.of(),
                List.of(records.source().id())));

        SearchResults results = search.search("территориальная оборона " + word, null, 1);

        assertThat(results.hits()).extracting(SearchHit::id).containsExactly(act.id());
        SearchHit hit = results.hits().get(0);
        assertThat(hit.titleRu().parts())
                .filteredOn(Highlighted.Part::marked)
                .extracting(Highlighted.Part::text)
                .contains("территориальной", "обороне");
        assertThat(hit.titleKk()).isNull();
        assertThat(hit.title().text()).isEqualTo("Test law " + word);
        // The passage is the act's own text, not its titles in other languages.
        assertThat(hit.snippet().text()).doesNotContain("обороне");
    }

    @Test
    void findsAnEditedBodyByItsNewRussianNameAndShowsIt() {
        String word = TestRecords.uniqueWord();
        BodyView body = bodies.create(
                new CreateBody(BodyKind.AGENCY, null, "KZ", "Test agency " + word, "Агентство связи", null, "TAG"));

        bodies.update(
                body.id(),
                body.version(),
                new CreateBody(
                        BodyKind.AGENCY,
                        null,
                        "KZ",
                        "Test agency " + word,
                        "Агентство погоды",
                        "Ауа райы агенттігі",
                        "TAG"));

        assertThat(ids("связи " + word)).isEmpty();
        SearchHit hit = search.search("погоды " + word, null, 1).hits().get(0);
        assertThat(hit.id()).isEqualTo(body.id());
        assertThat(hit.titleRu().text()).isEqualTo("Агентство погоды");
        assertThat(hit.titleRu().parts()).contains(new Highlighted.Part("погоды", true));
        assertThat(hit.titleKk().text()).isEqualTo("Ауа райы агенттігі");
        assertThat(hit.snippet().text()).isEqualTo("TAG");
        assertThat(search.search("агенттігі " + word, null, 1)
                        .hits()
                        .get(0)
                        .titleKk()
                        .parts())
                .contains(new Highlighted.Part("агенттігі", true));
    }

    @Test
    void suggestsAKnownRussianWord() {
        String word = TestRecords.uniqueWord();
        bodies.create(new CreateBody(
                BodyKind.AGENCY, null, "KZ", "Test agency " + word, "Агентство метеорологии", null, null));

        assertThat(search.search("митеорологии", null, 1).suggestion()).isEqualTo("метеорологии");
    }

    @Test
    void findsABodyByItsKazakhNameWordForWord() {
        String word = TestRecords.uniqueWord();
        BodyView body = bodies.create(new CreateBody(
                BodyKind.AGENCY, null, "KZ", "Test agency " + word, null, "Төтенше жағдайлар агенттігі", null));

        assertThat(search.search("жағдайлар агенттігі " + word, null, 1).hits())
                .extracting(SearchHit::path)
                .containsExactly("/bodies/" + body.id());
    }

    @Test
    void ranksATitleMatchAboveAMatchInTheNoteOnly() {
        String word = TestRecords.uniqueWord();
        SourceView inNote = source("Unrelated report " + TestRecords.uniqueWord(), "Mentions " + word + " in passing");
        SourceView inTitle = source("Report on " + word, null);

        assertThat(search.search(word, null, 1).hits())
                .extracting(SearchHit::id)
                .containsExactly(inTitle.id(), inNote.id());
    }

    @Test
    void marksTheMatchedWordAndKeepsMarkupAsText() {
        String word = TestRecords.uniqueWord();
        source("Report " + TestRecords.uniqueWord(), "<script>alert('x')</script> said " + word + " & more");

        SearchHit hit = search.search(word, null, 1).hits().get(0);

        assertThat(hit.snippet().text()).contains("<script>alert('x')</script>");
        assertThat(hit.snippet().parts()).contains(new Highlighted.Part(word, true));
    }

    @Test
    void countsEachKindAndNarrowsToOne() {
        String word = TestRecords.uniqueWord();
        bodies.create(new CreateBody(BodyKind.AGENCY, null, "KZ", "Facet agency " + word, null, null, null));
        source("Facet report " + word, null);
        source("Facet review " + word, null);
        records.incident(FuzzyDate.day(1991, 4, 4), word);

        SearchResults all = search.search(word, null, 1);
        assertThat(all.facets())
                .containsEntry(SearchKind.BODY, 1L)
                .containsEntry(SearchKind.SOURCE, 2L)
                .containsEntry(SearchKind.INCIDENT, 1L)
                .doesNotContainKeys(SearchKind.ACT, SearchKind.STATEMENT);
        assertThat(all.total()).isEqualTo(4);

        SearchResults narrowed = search.search(word, SearchKind.SOURCE, 1);
        assertThat(narrowed.hits())
                .hasSize(2)
                .allSatisfy(h -> assertThat(h.kind()).isEqualTo(SearchKind.SOURCE));
        assertThat(narrowed.total()).isEqualTo(2);
        assertThat(narrowed.facets()).isEqualTo(all.facets());
    }

    @Test
    void readsWebSearchSyntax() {
        String w = TestRecords.uniqueWord();
        String x = TestRecords.uniqueWord();
        String y = TestRecords.uniqueWord();
        SourceView plain = source("Report " + w, null);
        SourceView both = source("Report " + w + " " + x, null);
        SourceView other = source("Report " + y, null);

        assertThat(ids(w + " -" + x)).containsExactly(plain.id());
        assertThat(ids("\"" + w + " " + x + "\"")).containsExactly(both.id());
        assertThat(ids("\"" + x + " " + w + "\"")).isEmpty();
        assertThat(ids(w + " or " + y)).containsExactlyInAnyOrder(plain.id(), both.id(), other.id());
    }

    @Test
    void leavesArchivedRecordsOut() {
        String word = TestRecords.uniqueWord();
        ActView act = records.act(records.body().id())
                .titled("Test decree " + word)
                .stage(StageKind.ADOPTED, FuzzyDate.day(1992, 5, 5))
                .issue();
        assertThat(ids(word)).containsExactly(act.id());

        acts.archive(act.id(), act.version());

        assertThat(ids(word)).isEmpty();
        assertThat(search.search(word, null, 1).facets()).isEmpty();
    }

    @Test
    void leavesTheStatementsOfAnArchivedIncidentOutUntilItIsRestored() {
        String word = TestRecords.uniqueWord();
        IncidentView incident = records.incident(FuzzyDate.day(1993, 4, 4), TestRecords.uniqueWord());
        StatementView claim = records.statement(
                incident.id(), ActorType.MEDIA, Stance.ASSERTS, "RU", FuzzyDate.day(1993, 4, 5), word);
        assertThat(search.search(word, SearchKind.STATEMENT, 1).hits())
                .extracting(SearchHit::id)
                .containsExactly(claim.id());

        IncidentView archived = incidents.archive(incident.id(), incident.version());
        assertThat(ids(word)).isEmpty();

        incidents.restore(incident.id(), archived.version());
        assertThat(ids(word)).containsExactly(claim.id());
    }

    @Test
    void findsAnEditedRecordByItsNewWordsOnly() {
        String before = TestRecords.uniqueWord();
        String after = TestRecords.uniqueWord();
        SourceView source = source("Report " + before, null);

        sources.update(
                source.id(),
                source.version(),
                new CreateSource(source.publisher(), "Report " + after, source.url(), source.published(), null));

        assertThat(ids(before)).isEmpty();
        assertThat(ids(after)).containsExactly(source.id());
    }

    @Test
    void suggestsTheClosestKnownWordWhenNothingIsFound() {
        SearchResults results = search.search("emergncy", null, 1);

        assertThat(results.hits()).isEmpty();
        assertThat(results.suggestion()).isEqualTo("emergency");
        assertThat(search.search("Emergncy ministry", null, 1).suggestion()).isEqualTo("emergency ministry");
    }

    @Test
    void findsNothingForBlankWordsOrWordsWithoutLetters() {
        assertThat(search.search("  ", null, 1).hits()).isEmpty();
        assertThat(search.search("!!! ---", null, 1).hits()).isEmpty();
        assertThat(search.search("the", null, 1).total()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void findsBritishAndAmericanSpellingsOfAWordEitherWay() {
        String word = TestRecords.uniqueWord();
        SourceView british = source("Civil defence organisation programme " + word, null);
        SourceView american = source("Air defense organization report " + word, "A training program");

        assertThat(ids("defense " + word)).containsExactlyInAnyOrder(british.id(), american.id());
        assertThat(ids("defence " + word)).containsExactlyInAnyOrder(british.id(), american.id());
        assertThat(ids("organization " + word)).containsExactlyInAnyOrder(british.id(), american.id());
        assertThat(ids("organisations " + word)).containsExactlyInAnyOrder(british.id(), american.id());
        assertThat(ids("programme " + word)).containsExactlyInAnyOrder(british.id(), american.id());
        assertThat(ids("\"civil defense\" " + word)).containsExactly(british.id());
        assertThat(ids(word + " -defense")).isEmpty();
    }

    @Test
    void readsAQuoteLeftOpenAsAPhraseToTheEnd() {
        String word = TestRecords.uniqueWord();
        SourceView attack = source("Report " + word + " on the drone attack", null);
        source("Report " + word + " on an attack by a drone", null);

        assertThat(ids(word + " \"drone attack")).containsExactly(attack.id());
        assertThat(ids("\"" + word + " on the drone")).containsExactly(attack.id());
    }

    private List<Long> ids(String words) {
        return search.search(words, null, 1).hits().stream().map(SearchHit::id).toList();
    }

    private SourceView source(String title, String note) {
        return sources.create(new CreateSource(
                "Test publisher", title, "https://example.org/" + TestRecords.uniqueWord(), null, note));
    }
}
