package org.defencetracker.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.defencetracker.WebPageTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The JSON API's problem details speak the language the client asks for with {@code Accept-Language}: the answers
 * of controllers and those given before a controller is reached (sign-in, tokens), English where the language is
 * none of the three. Field names stay as they are.
 */
@WebPageTest
class ApiLanguagesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aMissingRecordIsSaidInTheClientsLanguage() throws Exception {
        mvc.perform(get("/api/v1/acts/987654321").header(HttpHeaders.ACCEPT_LANGUAGE, "ru-RU,ru;q=0.9"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Записи с таким идентификатором нет."));
        mvc.perform(get("/api/v1/acts/987654321").header(HttpHeaders.ACCEPT_LANGUAGE, "kk"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Мұндай идентификаторы бар жазба жоқ."));
        mvc.perform(get("/api/v1/acts/987654321").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("No record has this id."));
    }

    @Test
    void refusedInputNamesItsFieldsAsTheyAreAndExplainsInTheClientsLanguage() throws Exception {
        mvc.perform(get("/api/v1/timeline").queryParam("from", "yesterday").header(HttpHeaders.ACCEPT_LANGUAGE, "kk"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail")
                        .value("Енгізілген деректердің бір бөлігін пайдалану мүмкін емес; толығырақ errors өрісінде."))
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    @Test
    void signInAndTokenRefusalsAreSaidInTheClientsLanguage() throws Exception {
        mvc.perform(post("/api/v1/sources")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "ru"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail")
                        .value("Войдите с API-токеном (Authorization: Bearer) или через HTTP Basic под учётной "
                                + "записью этого сайта."));
        mvc.perform(get("/api/v1/acts")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer dtk_not-a-token")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "kk"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail")
                        .value("Бұл токен белгісіз, кері қайтарылған немесе мерзімі өткен, не оның есептік жазбасы "
                                + "өшірілген."));
        mvc.perform(get("/api/v1/acts")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer dtk_not-a-token")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "de-DE"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail")
                        .value("This token is unknown, revoked or expired, or its account is disabled."));
    }
}
