package org.defencetracker.config.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import org.defencetracker.TestRecords;
import org.defencetracker.WebPageTest;
import org.defencetracker.shared.FuzzyDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Readers who have not signed in may see a change up to {@code defence-tracker.readers-lag} late (here an hour,
 * so that nothing reaches them during the test); signed-in readers see it at once.
 */
@WebPageTest
@TestPropertySource(properties = "defence-tracker.readers-lag=1h")
@Import(TestRecords.class)
class ReadersLagTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestRecords records;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aChangeReachesReadersWithoutASessionLateAndSignedInReadersAtOnce() throws Exception {
        String word = TestRecords.uniqueWord();
        String title = "Test drone incursion " + word;
        for (String path : new String[] {"/timeline", "/timeline?q=" + word, "/api/v1/timeline?q=" + word}) {
            answer(get(path));
        }

        records.incident(FuzzyDate.exact(TestRecords.quietDay()), word);

        for (String path : new String[] {"/timeline?q=" + word, "/api/v1/timeline?q=" + word}) {
            assertThat(answer(get(path)).getContentAsString()).as(path).doesNotContain(title);
            assertThat(answer(get(path).with(user("lag-editor").roles("EDITOR")))
                            .getContentAsString())
                    .as(path)
                    .contains(title);
        }
    }

    @Test
    void theVersionIsReadAgainOnceTheLagHasPassed() throws InterruptedException {
        ReadersVersion versions = new ReadersVersion(jdbc, Duration.ofMillis(300));
        long before = versions.current();

        records.source();
        assertThat(versions.current()).isEqualTo(before);

        Thread.sleep(350);
        assertThat(versions.current()).isGreaterThan(before);
        assertThat(new ReadersVersion(jdbc, Duration.ZERO).current()).isEqualTo(versions.current());
    }

    private MockHttpServletResponse answer(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response;
    }
}
