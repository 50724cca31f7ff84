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
 * Without the page's script, "Add a …" posts the act form back: it comes back with one more row of that group,
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
        return jdbc.sql("select count(*) from legal_act").query(Long.class).single();
    }
}
