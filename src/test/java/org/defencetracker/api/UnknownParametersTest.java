package org.defencetracker.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.defencetracker.WebPageTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A parameter no API operation reads is refused with 400 naming it, where it used to be silently ignored. */
@WebPageTest
class UnknownParametersTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @CsvSource({
        "/api/v1/acts?size=5, /api/v1/acts?sizes=5, sizes",
        "/api/v1/acts?kind=DECREE, /api/v1/acts?type=DECREE, type",
        "/api/v1/incidents?changedSince=2025-01-01, /api/v1/incidents?changedsince=2025-01-01, changedsince",
        "/api/v1/sources?changedSince=2025-01-01, /api/v1/sources?since=2025-01-01, since",
        "/api/v1/timeline?kind=ACT_STAGE&size=3, /api/v1/timeline?kinds=ACT_STAGE&size=3, kinds",
        "/api/v1/timeline?q=ministry, /api/v1/timeline?query=ministry, query",
        "/api/v1/search?q=ministry, /api/v1/search?q=ministry&limit=5, limit",
        "/api/v1/bodies, /api/v1/bodies?page=2, page"
    })
    void aMisspeltParameterIsNamedInA400(String known, String misspelt, String name) throws Exception {
        mvc.perform(get(known)).andExpect(status().isOk());
        byte[] answer = mvc.perform(get(misspelt))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        JsonNode problem = JsonMapper.shared().readTree(answer);
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo(name);
        assertThat(problem.path("errors").get(0).path("message").asString()).contains("no parameter of this name");
    }
}
