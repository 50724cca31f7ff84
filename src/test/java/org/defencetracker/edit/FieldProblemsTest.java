package org.defencetracker.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.defencetracker.edit.EditPages.page;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Arrays;
import java.util.List;
import org.defencetracker.WebPageTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * After a refused save, a screen reader on a field with a problem hears that it is invalid and what is wrong: the
 * field says aria-invalid="true" and names the id of its problem's message in aria-describedby. A field without a
 * problem says neither.
 */
@WebPageTest
class FieldProblemsTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"/acts", "/bodies", "/incidents", "/sources", "/statements"})
    void aRefusedSaveMarksEachBadFieldInvalidAndDescribedByItsProblem(String form) throws Exception {
        Document page = page(mvc, post(form), 200);
        Elements problems = page.select("form.edit-form .field-error");
        assertThat(problems).as("problems shown on %s sent empty", form).isNotEmpty();

        for (Element problem : problems) {
            assertThat(problem.id())
                    .as("the id of the problem \"%s\" on %s", problem.text(), form)
                    .isNotEmpty();
            List<Element> described = fields(page).stream()
                    .filter(field -> describedBy(field).contains(problem.id()))
                    .toList();
            assertThat(described)
                    .as("the fields of %s described by the problem #%s", form, problem.id())
                    .isNotEmpty();
            for (Element field : described) {
                assertThat(field.attr("aria-invalid"))
                        .as("aria-invalid of %s on %s", field.id(), form)
                        .isEqualTo("true");
            }
        }

        for (Element field : fields(page)) {
            List<String> named = describedBy(field);
            boolean hasProblem = named.stream()
                    .map(page::getElementById)
                    .anyMatch(element -> element != null && element.hasClass("field-error"));
            assertThat(field.hasAttr("aria-invalid"))
                    .as("whether %s on %s is marked invalid", field.id(), form)
                    .isEqualTo(hasProblem);
            for (String id : named) {
                assertThat(page.getElementById(id))
                        .as("what %s on %s is described by: #%s", field.id(), form, id)
                        .isNotNull();
            }
        }
    }

    private static Elements fields(Document page) {
        return page.select("form.edit-form input, form.edit-form select, form.edit-form textarea");
    }

    private static List<String> describedBy(Element field) {
        return Arrays.stream(field.attr("aria-describedby").split("\\s+"))
                .filter(id -> !id.isEmpty())
                .toList();
    }
}
