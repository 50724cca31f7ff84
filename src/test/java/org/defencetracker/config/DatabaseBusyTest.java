package org.defencetracker.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.defencetracker.WebPageTest;
import org.defencetracker.shared.DatabaseUnavailable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;

/**
 * When every connection of the pool is taken, the database is there and the service is busy: the answer is still a
 * 503 with a time to retry, but it says busy, on the page, the API and in the log, not that the database is away.
 */
@WebPageTest
@ExtendWith(OutputCaptureExtension.class)
class DatabaseBusyTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DataSource dataSource;

    @Test
    void aFullPoolIsAnsweredAsBusyNotAsAnOutage(CapturedOutput output) throws Exception {
        List<Connection> taken = new ArrayList<>();
        try {
            Throwable exhausted = null;
            while (exhausted == null) {
                exhausted = catchThrowable(() -> taken.add(dataSource.getConnection()));
            }
            assertThat(taken).isNotEmpty();
            assertThat(DatabaseUnavailable.is(exhausted)).isTrue();
            assertThat(DatabaseUnavailable.isBusy(exhausted))
                    .as("%s", exhausted)
                    .isTrue();

            String page = mvc.perform(get("/acts/1"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().exists("Retry-After"))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(page).contains("too busy to answer").doesNotContain("not answering");
            mvc.perform(get("/api/v1/acts/1"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().exists("Retry-After"))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("too busy")));
        } finally {
            for (Connection connection : taken) {
                connection.close();
            }
        }
        assertThat(output.getOut())
                .contains("GET /acts/1 not answered: every database connection is in use")
                .doesNotContain("/acts/1 not answered: the database is unavailable");
        mvc.perform(get("/acts/1")).andExpect(status().isOk());
    }
}
