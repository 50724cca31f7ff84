package org.defencetracker.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.defencetracker.TestRecords;
import org.defencetracker.WebPageTest;
import org.defencetracker.act.ActKind;
import org.defencetracker.act.ActView;
import org.defencetracker.act.StageKind;
import org.defencetracker.body.BodyView;
import org.defencetracker.incident.IncidentView;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.statement.ActorType;
import org.defencetracker.statement.SourceView;
import org.defencetracker.statement.Stance;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The pages offer their editing controls (new, edit, import, the forms that write) to everyone the security rules
 * let write, through the same role hierarchy: an administrator sees what an editor sees, an analyst and an anonymous
 * reader see none of them.
 */
@WebPageTest
@Import(TestRecords.class)
class EditorControlsTest {

    /** Links to a form and forms that write; signing in and out are not editing. */
    private static final String CONTROLS = "a[href$=/new], a[href$=/edit], a[href$=/import], "
            + "form[method=post]:not([action$=/logout]):not([action$=/login])";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestRecords records;

    @Test
    void editingControlsFollowTheRoleHierarchy() throws Exception {
        Map<String, String> pages = pagesWithControls();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Set<String> editor = controls(page.getValue(), user("page-editor").roles("EDITOR"));
            assertThat(editor)
                    .as("editing controls an editor sees on the %s", page.getKey())
                    .isNotEmpty();
            assertThat(controls(page.getValue(), user("page-admin").roles("ADMIN")))
                    .as("editing controls an administrator sees on the %s", page.getKey())
                    .isEqualTo(editor);
            assertThat(controls(page.getValue(), user("page-analyst").roles("ANALYST")))
                    .as("editing controls an analyst sees on the %s", page.getKey())
                    .isEmpty();
            assertThat(controls(page.getValue(), anonymous()))
                    .as("editing controls an anonymous reader sees on the %s", page.getKey())
                    .isEmpty();
        }
    }

    /** Every page that offers an editor something to do, with a record of each kind to show. */
    private Map<String, String> pagesWithControls() {
        BodyView issuer = records.body("Controls issuer");
        SourceView source = records.source();
        LocalDate day = LocalDate.of(1994, 8, 9);
        ActView act = records.act(issuer.id())
                .kind(ActKind.LAW)
                .titled("Controls law " + TestRecords.uniqueWord())
                .stage(StageKind.ADOPTED, FuzzyDate.exact(day))
                .citing(source)
                .issue();
        IncidentView incident = records.incident(FuzzyDate.exact(day), TestRecords.uniqueWord());
        records.statement(
                incident.id(),
                ActorType.OFFICIAL,
                Stance.CONFIRMS,
                null,
                FuzzyDate.exact(day),
                TestRecords.uniqueWord());
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("timeline", "/timeline");
        pages.put("acts list", "/acts");
        pages.put("act page", "/acts/" + act.id());
        pages.put("bodies list", "/bodies");
        pages.put("body page", "/bodies/" + issuer.id());
        pages.put("incidents list", "/incidents");
        pages.put("incident page", "/incidents/" + incident.id());
        pages.put("sources list", "/sources");
        pages.put("source page", "/sources/" + source.id());
        return pages;
    }

    private Set<String> controls(String path, RequestPostProcessor who) throws Exception {
        String html = mvc.perform(get(path).with(who)).andReturn().getResponse().getContentAsString();
        Set<String> found = new TreeSet<>();
        for (Element control : Jsoup.parse(html).select(CONTROLS)) {
            found.add(control.tagName() + " "
                    + (control.hasAttr("href") ? control.attr("href") : control.attr("action")));
        }
        return found;
    }

    @Test
    void theControlsSelectorFindsWhatItLooksFor() {
        String html =
                "<a href='/acts/new'>n</a><a href='/acts/1/edit'>e</a><form method='post' action='/acts/1/archive'>"
                        + "</form><form method='post' action='/logout'></form><a href='/acts'>l</a>";
        assertThat(Jsoup.parse(html).select(CONTROLS))
                .extracting(Element::tagName)
                .isEqualTo(List.of("a", "a", "form"));
    }
}
