package org.defencetracker.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.defencetracker.WebPageTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Whatever an editor (or a script) posts, a form answers with a page that explains, never with a 500. */
@WebPageTest
class HostileInputTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/acts|kind|BOGUS",
                "/acts|stages[0].precision|CENTURY",
                "/acts|stages[300].date|2020",
                "/acts|stages[0].stage|NOTASTAGE",
                "/acts|duties[0].id|abc",
                "/acts|duties[0].validFrom|31/02/2020",
                "/acts|sources[5000]|x",
                "/acts|version|abc",
                "/acts/1|version|",
                "/acts/999999999|version|0",
                "/acts/1/archive|version|abc",
                "/acts/1/relations|type|SUPERSEDES",
                "/bodies|kind|NOTAKIND",
                "/bodies|version|1e99",
                "/bodies/1|version|",
                "/bodies/abc|version|0",
                "/bodies/1/restore|version|",
                "/incidents|latitude|ninety",
                "/incidents|objectsCount|9999999999999",
                "/incidents|regionCode|KZ-XX",
                "/incidents|kind|SUBMARINE",
                "/incidents|precision|DECADE",
                "/incidents|sources[9999]|x",
                "/incidents/1|version|x",
                "/incidents/999999999|version|0",
                "/statements|stance|SHOUTS",
                "/statements|incident|#99999999999999999999",
                "/statements|act|#-1",
                "/statements|sources|#abc",
                "/statements/999999999/archive|version|0",
                "/sources|url|javascript:alert(1)",
                "/sources|date|0000-00-00",
                "/sources|precision|WEEK",
                "/sources/1|version|-",
            })
    void answersWithAPageThatExplains(String path, String field, String value) throws Exception {
        MvcResult result = mvc.perform(post(path)
                        .with(csrf())
                        .with(user("hostile-editor").roles("EDITOR"))
                        .param(field, value == null ? "" : value))
                .andReturn();
        int status = result.getResponse().getStatus();
        assertThat(status)
                .as(path + " " + field + "=" + value)
                .isNotEqualTo(500)
                .isLessThan(500);
        if (status == 200) {
            assertThat(result.getResponse().getContentAsString()).contains("field-error");
        }
    }
}
