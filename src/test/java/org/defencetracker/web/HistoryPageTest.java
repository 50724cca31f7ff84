package org.defencetracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.defencetracker.WebPageTest;
import org.defencetracker.body.BodyKind;
import org.defencetracker.body.BodyService;
import org.defencetracker.body.BodyView;
import org.defencetracker.body.CreateBody;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@WebPageTest
class HistoryPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    BodyService bodies;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void showsWhoChangedWhichFieldOfABody() throws Exception {
        signIn("history-page-editor");
        String name = "History page ministry " + UUID.randomUUID();
        BodyView body = bodies.create(new CreateBody(BodyKind.MINISTRY, null, "KZ", name, null, null, null));
        transactions.executeWithoutResult(status -> jdbc.sql(
                        "update government_body set abbreviation = 'HPM', version = version + 1 where id = :id")
                .param("id", body.id())
                .update());
        signOut();

        Document page = page("/bodies/" + body.id() + "/history");

        assertThat(page.select("h1").text()).isEqualTo("History of " + name);
        assertThat(page.select(".breadcrumbs a").attr("href")).isEqualTo("/bodies/" + body.id());
        List<Element> changes = page.select(".history__change");
        assertThat(changes).hasSize(2);
        Element change = changes.get(0);
        assertThat(change.select(".history__summary").text())
                .contains("changed")
                .contains("by history-page-editor");
        assertThat(change.select("time").attr("datetime")).isNotBlank();
        assertThat(change.select(".history__field").text()).isEqualTo("Abbreviation — HPM");
        assertThat(changes.get(1).select(".history__summary").text()).contains("created");
        assertThat(changes.get(1).select(".history__field").eachText()).contains("Name (English) — " + name);
    }

    @Test
    void namesLabelsAndYesOrNoAsThePagesShowThemWithTheStoredValueInATitle() throws Exception {
        long incident = jdbc.sql("""
                        insert into airspace_incident (kind, title, date_on, date_precision, country, region_code,
                            geo_precision, response)
                        values ('DRONE_INCURSION', :title, date '2025-06-01', 'DAY', 'KZ', 'KZ-10', 'REGION',
                            'UNKNOWN')
                        returning id
                        """)
                .param("title", "History labels incident " + UUID.randomUUID())
                .query(Long.class)
                .single();
        transactions.executeWithoutResult(
                status -> jdbc.sql("""
                        update airspace_incident set kind = 'CRASH', region_code = 'KZ-11', date_approximate = true,
                            response = 'SCRAMBLED', version = version + 1
                        where id = :id
                        """).param("id", incident).update());
        String name = "History labels agency " + UUID.randomUUID();
        long parent = jdbc.sql("select min(id) from government_body")
                .query(Long.class)
                .single();
        String parentName = jdbc.sql("select name_en from government_body where id = :id")
                .param("id", parent)
                .query(String.class)
                .single();
        signIn("history-labels-editor");
        BodyView body = bodies.create(new CreateBody(BodyKind.AGENCY, parent, "KZ", name, null, null, null));
        signOut();

        Document incidentPage = page("/incidents/" + incident + "/history");
        List<String> changed = incidentPage
                .select(".history__change")
                .get(0)
                .select(".history__field")
                .eachText();
        assertThat(changed)
                .contains(
                        "Kind Drone incursion Crash",
                        "Region Abai Region Akmola Region",
                        "Date approximate no yes",
                        "Response Not known Aircraft scrambled");
        assertThat(incidentPage.select(".history__field td[title=KZ-11]").text())
                .isEqualTo("Akmola Region");

        Document bodyPage = page("/bodies/" + body.id() + "/history");
        assertThat(bodyPage.select(".history__field").eachText())
                .contains("Kind — Agency", "Parent body — " + parentName, "Country — Kazakhstan");
        assertThat(bodyPage.text()).doesNotContain("AGENCY", "false");

        for (Document page : List.of(incidentPage, bodyPage)) {
            assertThat(page.select("time").eachAttr("datetime"))
                    .isNotEmpty()
                    .allSatisfy(value -> assertThat(value)
                            .as("a valid global date and time")
                            .matches(
                                    "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})"));
        }
        // Written past the services (no timeline entry): taken away again so that no other test meets it.
        jdbc.sql("delete from airspace_incident where id = :id")
                .param("id", incident)
                .update();
    }

    @Test
    void readsInTheReadersLanguageAndDeclaresTheLanguageOfEveryValue() throws Exception {
        signIn("history-language-editor");
        String suffix = UUID.randomUUID().toString();
        BodyView parent = bodies.create(new CreateBody(
                BodyKind.MINISTRY,
                null,
                "KZ",
                "Ministry of history languages " + suffix,
                "Министерство языков истории " + suffix,
                null,
                null));
        BodyView body = bodies.create(new CreateBody(
                BodyKind.AGENCY,
                parent.id(),
                "KZ",
                "Agency of history languages " + suffix,
                "Агентство языков истории " + suffix,
                null,
                "AHL"));
        signOut();

        Document russian = page("/bodies/" + body.id() + "/history?lang=ru");
        assertThat(russian.select("h1").text()).isEqualTo("История: Агентство языков истории " + suffix);
        assertThat(russian.select("h1 .untranslated")).isEmpty();
        assertThat(russian.title()).startsWith("История: Агентство языков истории " + suffix);
        Element abbreviation = field(russian, "Сокращение");
        assertThat(abbreviation.select(".untranslated[lang=en]").text()).isEqualTo("AHL");
        assertThat(abbreviation.select(".untranslated-mark").text()).isEqualTo("показана английская версия");
        Element english = field(russian, "Наименование (англ.)");
        assertThat(english.select("[lang=en]").text()).isEqualTo("Agency of history languages " + suffix);
        assertThat(field(russian, "Вышестоящий орган").select("td").text())
                .isEqualTo("— Министерство языков истории " + suffix);
        assertThat(russian.select(".history__summary [translate=no]").eachText())
                .containsOnly("history-language-editor");
        assertThat(russian.select(".history__summary").text()).contains("автор: history-language-editor");

        Document page = page("/bodies/" + body.id() + "/history");
        assertThat(field(page, "Name (Russian)").select("[lang=ru]").text())
                .isEqualTo("Агентство языков истории " + suffix);
        assertThat(field(page, "Abbreviation").select(".untranslated, .untranslated-mark"))
                .isEmpty();
        assertThat(page.select(".history__summary [translate=no]").eachText()).containsOnly("history-language-editor");

        Document kazakh = page("/bodies/" + body.id() + "/history?lang=kk");
        assertThat(kazakh.select("h1 .untranslated[lang=en]").text())
                .isEqualTo("Agency of history languages " + suffix);
        assertThat(kazakh.select("h1 .untranslated-mark")).hasSize(1);
        assertThat(field(kazakh, "Жоғары тұрған орган")
                        .select(".untranslated[lang=en]")
                        .text())
                .isEqualTo("Ministry of history languages " + suffix);
    }

    @Test
    void answers404ForARecordWithoutHistory() throws Exception {
        String html = mvc.perform(get("/acts/" + Long.MAX_VALUE + "/history"))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Page not found");
    }

    @Test
    void answers404ForAnIdThatIsNotANumberLikeEveryRecordAddress() throws Exception {
        String html = mvc.perform(get("/acts/abc/history"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Exception"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Page not found");
    }

    @Test
    void aRecordWhoseChangesWereNeverLoggedHasAnEmptyHistoryNotA404() throws Exception {
        long id = jdbc.sql("""
                        insert into government_body (kind, country, name_en) values ('AGENCY', 'KZ', :name)
                        returning id
                        """)
                .param("name", "Unlogged agency " + java.util.UUID.randomUUID())
                .query(Long.class)
                .single();
        jdbc.sql("delete from record_change where table_name = 'government_body' and record_id = :id")
                .param("id", id)
                .update();
        Document page = page("/bodies/" + id + "/history");
        assertThat(page.select("h1").text()).contains("Unlogged agency");
        assertThat(page.select(".empty").text()).contains("No change");
    }

    /** The row of the page's oldest change (the record's creation) labelled so. */
    private static Element field(Document page, String label) {
        List<Element> changes = page.select(".history__change");
        return changes.get(changes.size() - 1).select(".history__field").stream()
                .filter(row -> row.select("th").text().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no field " + label));
    }

    private static void signIn(String username) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        username, null, List.of(new SimpleGrantedAuthority("ROLE_EDITOR"))));
    }

    private Document page(String address) throws Exception {
        return Jsoup.parse(mvc.perform(get(address))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
