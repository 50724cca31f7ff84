package org.defencetracker.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.defencetracker.WebPageTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A refused save of any record's form opens with a summary of every problem, each a link to the field it is about,
 * and the summary takes the focus, so that an error at the bottom of a long form is not missed.
 */
@WebPageTest
class ErrorSummaryTest {

    /** Every record form, sent empty: each has fields that must be filled. */
    private static final List<String> FORMS = List.of("/acts", "/bodies", "/incidents", "/sources", "/statements");

    @Autowired
    MockMvc mvc;

    @Test
    void everyRefusedFormListsEachProblemAtTheTopLinkedToItsField() throws Exception {
        for (String form : FORMS) {
            Document page = Jsoup.parse(mvc.perform(
                            post(form).with(csrf()).with(user("summary-editor").roles("EDITOR")))
                    .andReturn()
                    .getResponse()
                    .getContentAsString());
            Element summary = page.selectFirst("form.edit-form #error-summary");
            assertThat(summary).as("the summary of %s", form).isNotNull();
            assertThat(summary.hasAttr("autofocus")).as(form).isTrue();
            assertThat(summary.attr("tabindex")).as(form).isEqualTo("-1");
            assertThat(page.select("form.edit-form > :not(input[type=hidden])").first())
                    .as("the summary opens the form of %s", form)
                    .isEqualTo(summary);

            List<String> atFields = page.select(".field-error").eachText();
            assertThat(atFields).as("problems at the fields of %s", form).isNotEmpty();
            assertThat(summary.select("li").eachText()).as(form).containsAll(atFields);
            for (Element link : summary.select("a[href^=#]")) {
                String id = link.attr("href").substring(1);
                assertThat(page.getElementById(id))
                        .as("the field that %s's summary links to with %s", form, link.attr("href"))
                        .isNotNull();
            }
        }
    }
}
