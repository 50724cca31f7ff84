package org.defencetracker.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.defencetracker.WebPageTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Without the page's script, "Add a …" posts a form back: it comes back with one more row of that group,
 * everything typed kept, no problem shown for the half-typed form, and nothing saved.
 */
@WebPageTest
class AddRowsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachGroupOfTheActFormGetsOneMoreRowWithWhatWasTypedKept() throws Exception {
        for (String group : new String[] {"stages", "sources", "duties", "withdrawals"}) {
            long acts = count();
            Document page = Jsoup.parse(mvc.perform(post("/acts")
                            .with(csrf())
                            .with(user("rows-editor").roles("EDITOR"))
                            .param("titleEn", "A decree typed in part")
                            .param("stages[0].date", "2025-09-14")
                            .param("sources[0]", "")
                            .param("duties[0].duty", "Defend facilities")
                            .param("duties[1].duty", "Warn citizens")
                            .param("withdrawals[0].mandate", "")
                            .param("addRow", group))
                    .andReturn()
                    .getResponse()
                    .getContentAsString());

            assertThat(page.select("#" + group + " [data-row]")).as(group).hasSize(group.equals("duties") ? 3 : 2);
            assertThat(page.select("input[name=titleEn]").val()).isEqualTo("A decree typed in part");
            assertThat(page.select("input[name=duties[1].duty]").val()).isEqualTo("Warn citizens");
            assertThat(page.select("#error-summary, .field-error")).as(group).isEmpty();
            assertThat(count()).as("acts saved by adding a row of %s", group).isEqualTo(acts);
        }
    }

    @Test
    void theSourcesOfAnIncidentOrAStatementGetOneMorePickerWithWhatWasTypedKept() throws Exception {
        for (String[] form :
                new String[][] {{"/incidents", "airspace_incident", "title"}, {"/statements", "statement", "text"}}) {
            long before = count(form[1]);
            Document page = Jsoup.parse(mvc.perform(post(form[0])
                            .with(csrf())
                            .with(user("rows-editor").roles("EDITOR"))
                            .param(form[2], "Typed before adding a source")
                            .param("sources", "First gazette", "", "")
                            .param("addRow", "sources"))
                    .andReturn()
                    .getResponse()
                    .getContentAsString());

            assertThat(page.select("#sources [data-row]")).as(form[0]).hasSize(4);
            assertThat(page.select("#sources0").val()).isEqualTo("First gazette");
            assertThat(page.select("[name=" + form[2] + "]").first().val())
                    .as(form[0])
                    .isEqualTo("Typed before adding a source");
            assertThat(page.select("#error-summary, .field-error")).as(form[0]).isEmpty();
            assertThat(count(form[1]))
                    .as("records saved by adding a source to %s", form[0])
                    .isEqualTo(before);
        }
    }

    @Test
    void removeTakesAwayOneRowAndKeepsTheRestAsTyped() throws Exception {
        long acts = count();
        Document act = Jsoup.parse(mvc.perform(post("/acts")
                        .with(csrf())
                        .with(user("rows-editor").roles("EDITOR"))
                        .param("titleEn", "A decree with a duty too many")
                        .param("duties[0].duty", "Defend facilities")
                        .param("duties[1].duty", "A duty typed by mistake")
                        .param("duties[2].duty", "Warn citizens")
                        .param("removeRow", "duties:1"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(act.select("#duties [data-row] input[name$=.duty]").eachAttr("value"))
                .containsExactly("Defend facilities", "Warn citizens");
        assertThat(act.select("input[name=titleEn]").val()).isEqualTo("A decree with a duty too many");
        assertThat(act.select("#error-summary, .field-error")).isEmpty();
        assertThat(count()).isEqualTo(acts);

        Document incident = Jsoup.parse(mvc.perform(post("/incidents")
                        .with(csrf())
                        .with(user("rows-editor").roles("EDITOR"))
                        .param("sources", "First gazette", "Wrong gazette", "Third gazette")
                        .param("removeRow", "sources:1"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(incident.select("#sources [data-row] input").eachAttr("value"))
                .startsWith("First gazette", "Third gazette")
                .doesNotContain("Wrong gazette");
        // Whatever else comes in its place is refused quietly: the form is drawn again as it was.
        mvc.perform(post("/acts")
                        .with(csrf())
                        .with(user("rows-editor").roles("EDITOR"))
                        .param("removeRow", "duties:99999; drop"))
                .andReturn();
        assertThat(count()).isEqualTo(acts);
    }

    @Test
    void enterInAFieldSavesRatherThanAddingARow() throws Exception {
        Document page = Jsoup.parse(mvc.perform(post("/acts")
                        .with(csrf())
                        .with(user("rows-editor").roles("EDITOR"))
                        .param("addRow", "duties"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        // Enter presses a form's first submit button: the hidden one that saves, before every "Add a …".
        assertThat(page.select("form.edit-form button[type=submit]").first().hasAttr("name"))
                .isFalse();
    }

    private long count() {
        return count("legal_act");
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
