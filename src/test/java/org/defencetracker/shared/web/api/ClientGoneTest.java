package org.defencetracker.shared.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.mock.web.MockHttpServletRequest;

/** A client that hangs up while its answer is written is no failure of ours: nothing is answered or logged as one. */
@ExtendWith(OutputCaptureExtension.class)
class ClientGoneTest {

    @Test
    void aBrokenPipeIsNeitherAnsweredNorLoggedAsAFailure(CapturedOutput output) {
        ApiProblems problems = new ApiProblems(new StaticMessageSource());
        Exception brokenPipe =
                new HttpMessageNotWritableException("Could not write JSON", new IOException("Broken pipe"));

        var answer =
                problems.unexpected(brokenPipe, new MockHttpServletRequest("GET", "/api/v1/timeline"), Locale.ENGLISH);

        assertThat(answer).isNull();
        assertThat(output.getAll()).doesNotContain("failed").doesNotContain("Broken pipe");
    }
}
