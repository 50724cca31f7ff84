package org.defencetracker.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.defencetracker.TestRecords;
import org.defencetracker.WebPageTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * An editor's open session loses its rights the moment an administrator takes them away: the next save is refused
 * and writes nothing, whether the session was ended with the change or somehow survived it.
 */
@WebPageTest
class RevokedRightsTest {

    private static final String PASSWORD = "a long enough secret";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void disablingAnEditorEndsTheirSessionAndRefusesTheirNextSave() throws Exception {
        AccountView editor = editor();
        Cookie editing = SignedInSessions.signIn(mvc, editor.username(), PASSWORD);
        Cookie administering = SignedInSessions.signIn(mvc, admin().username(), PASSWORD);
        assertThat(saveSource(editing, "before")).isEqualTo(302);
        assertThat(sources("before")).isOne();

        mvc.perform(post("/admin/accounts/{id}/enabled", editor.id())
                        .cookie(administering)
                        .with(csrf())
                        .param("enabled", "false"))
                .andExpect(redirectedUrl("/admin/accounts"));

        assertThat(sessionsOf(editor)).isZero();
        MvcResult refused = save(editing, "after");
        assertThat(refused.getResponse().getStatus()).isEqualTo(302);
        assertThat(refused.getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(sources("after")).isZero();
    }

    @Test
    void demotingAnEditorEndsTheirSessionAndRefusesTheirNextSave() throws Exception {
        AccountView editor = editor();
        Cookie editing = SignedInSessions.signIn(mvc, editor.username(), PASSWORD);
        Cookie administering = SignedInSessions.signIn(mvc, admin().username(), PASSWORD);

        mvc.perform(post("/admin/accounts/{id}/role", editor.id())
                        .cookie(administering)
                        .with(csrf())
                        .param("role", "ANALYST"))
                .andExpect(redirectedUrl("/admin/accounts"));

        assertThat(sessionsOf(editor)).isZero();
        assertThat(saveSource(editing, "demoted")).isIn(302, 403);
        assertThat(sources("demoted")).isZero();
        // The administrator's own session goes on.
        mvc.perform(get("/admin/accounts").cookie(administering)).andExpect(status().isOk());
    }

    @Test
    void promotingKeepsTheSession() throws Exception {
        AccountView analyst = accounts.create("an" + suffix(), PASSWORD, Role.ANALYST);
        Cookie reading = SignedInSessions.signIn(mvc, analyst.username(), PASSWORD);
        accounts.changeRole(analyst.id(), Role.EDITOR);
        assertThat(sessionsOf(analyst)).isOne();
        assertThat(saveSource(reading, "promoted")).isEqualTo(302);
        assertThat(sources("promoted")).isOne();
    }

    @Test
    void aSessionThatOutlivesItsAccountBeingDisabledStillCannotWrite() throws Exception {
        AccountView editor = editor();
        Cookie editing = SignedInSessions.signIn(mvc, editor.username(), PASSWORD);
        // The change reaches the account but not its session (made in the database directly, or racing the save).
        jdbc.sql("update account set enabled = false where id = :id")
                .param("id", editor.id())
                .update();
        assertThat(sessionsOf(editor)).isOne();

        MvcResult refused = save(editing, "surviving");
        assertThat(refused.getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(sources("surviving")).isZero();
        assertThat(sessionsOf(editor)).isZero();
    }

    @Test
    void aSessionThatOutlivesItsAccountBeingDemotedIsJudgedByTheRoleNow() throws Exception {
        AccountView editor = editor();
        Cookie editing = SignedInSessions.signIn(mvc, editor.username(), PASSWORD);
        jdbc.sql("update account set role = 'ANALYST' where id = :id")
                .param("id", editor.id())
                .update();

        assertThat(saveSource(editing, "lesser")).isEqualTo(403);
        assertThat(sources("lesser")).isZero();
        // Reading goes on as before.
        mvc.perform(get("/timeline").cookie(editing)).andExpect(status().isOk());
    }

    private int saveSource(Cookie session, String marker) throws Exception {
        return save(session, marker).getResponse().getStatus();
    }

    private String word;

    private MvcResult save(Cookie session, String marker) throws Exception {
        return mvc.perform(post("/sources")
                        .cookie(session)
                        .with(csrf())
                        .param("publisher", "Publisher " + word())
                        .param("title", "Article " + marker + " " + word())
                        .param("url", "https://example.org/" + word())
                        .param("date", "2014-05")
                        .param("precision", "MONTH"))
                .andReturn();
    }

    private long sources(String marker) {
        return jdbc.sql("select count(*) from source where title = :title")
                .param("title", "Article " + marker + " " + word())
                .query(Long.class)
                .single();
    }

    private String word() {
        if (word == null) {
            word = TestRecords.uniqueWord();
        }
        return word;
    }

    private long sessionsOf(AccountView account) {
        return jdbc.sql("select count(*) from spring_session where principal_name = :name")
                .param("name", account.username())
                .query(Long.class)
                .single();
    }

    private AccountView editor() {
        return accounts.create("ed" + suffix(), PASSWORD, Role.EDITOR);
    }

    private AccountView admin() {
        return accounts.create("adm" + suffix(), PASSWORD, Role.ADMIN);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
