package org.defencetracker.edit;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.defencetracker.timeline.EntryKind;
import org.defencetracker.timeline.TimelineEntry;
import org.defencetracker.timeline.TimelineFilter;
import org.defencetracker.timeline.TimelineQueries;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** What the form tests share: requests as an editor, pages parsed, timeline entries found by a unique word. */
final class EditPages {

    private EditPages() {}

    static MockHttpServletRequestBuilder asEditor(MockHttpServletRequestBuilder request) {
        return request.with(csrf()).with(user("record-editor").roles("EDITOR"));
    }

    static Document page(MockMvc mvc, MockHttpServletRequestBuilder request, int status) throws Exception {
        MvcResult result =
                mvc.perform(asEditor(request)).andExpect(status().is(status)).andReturn();
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    /** The timeline entries of a kind whose title or summary holds the word. */
    static List<TimelineEntry> entries(TimelineQueries timeline, EntryKind kind, String word) {
        TimelineFilter filter = new TimelineFilter(null, null, Set.of(kind), null, null, null, null, word);
        return timeline.page(filter, null, null, 50).entries();
    }
}
