package org.defencetracker.account;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** With reading behind sign-in, pages send anonymous readers to the sign-in page; health stays open. */
@SpringBootTest(properties = {"defence-tracker.security.read-requires-login=true", "defence-tracker.demo-data=false"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ReadRequiresLoginTest {

    @Autowired
    MockMvc mvc;

    @Test
    void sendsAnonymousReadersToSignIn() throws Exception {
        mvc.perform(get("/timeline")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/acts")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/timeline.csv")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/timeline.json")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/feed.atom")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/login")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @Test
    @WithMockUser(roles = "ANALYST")
    void letsSignedInAnalystsRead() throws Exception {
        mvc.perform(get("/timeline")).andExpect(status().isOk());
        mvc.perform(get("/timeline.csv")).andExpect(status().isOk());
        mvc.perform(get("/feed.atom")).andExpect(status().isOk());
    }
}
