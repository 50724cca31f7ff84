package org.defencetracker.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.defencetracker.WebPageTest;
import org.defencetracker.account.AccountService;
import org.defencetracker.account.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The import page and the import and dump on the API: who may use them, what they write, what they report. */
@WebPageTest
class ImportPageTest {

    static final String HEADER = "event_date,date_precision,approximate,kind,title,country,region,location,latitude,"
            + "longitude,geo_precision,objects,response,notes,source_publisher,source_title,source_url,source_date\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    private static RequestPostProcessor editor() {
        return user("editor").roles("EDITOR");
    }

    private static String word() {
        return "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    private long incidentsTitled(String word) {
        return jdbc.sql("select count(*) from airspace_incident where title like :w")
                .param("w", "%" + word + "%")
                .query(Long.class)
                .single();
    }

    private long timelineEntriesTitled(String word) {
        return jdbc.sql("select count(*) from timeline_entry where kind = 'INCIDENT' and title like :w")
                .param("w", "%" + word + "%")
                .query(Long.class)
                .single();
    }

    private static MockMultipartFile csv(String text) {
        return new MockMultipartFile("file", "incidents.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    static String goodCsv(String word) {
        return HEADER
                + "1998-05-14,,,DRONE_INCURSION,Drone over Pavlodar " + word
                + ",KZ,KZ-55,Ekibastuz,51.72,75.32,SETTLEMENT,2,SCRAMBLED,\"Seen at dawn, then lost\","
                + "Tengrinews,Drone report " + word + ",https://example.org/" + word + ",1998-05-15\n"
                + "1998-06,MONTH,true,debris found,Debris in Aktobe " + word + ",,KZ-15,,,,REGION,,,,"
                + "Tengrinews,Drone report " + word + ",https://example.org/" + word + ",1998-05-15\n";
    }

    private Document importPage(MockMultipartFile file, String mode) throws Exception {
        String html = mvc.perform(multipart("/import")
                        .file(file)
                        .param("mode", mode)
                        .with(editor())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }

    @Test
    void editorsSeeTheImportPageInTheirNavigation() throws Exception {
        String page = mvc.perform(get("/import").with(editor()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document document = Jsoup.parse(page);
        assertThat(document.select("nav a, .account a").eachAttr("href")).contains("/import");
        assertThat(document.select("label[for=file]")).hasSize(1);
        assertThat(document.select("input[name=mode][value=dry]").attr("checked"))
                .isNotNull();
        assertThat(document.select("input#mode-dry").hasAttr("checked")).isTrue();
        assertThat(document.select("form[enctype=multipart/form-data] input[name=_csrf]"))
                .hasSize(1);
    }

    @Test
    void othersCannotOpenOrPostTheImport() throws Exception {
        mvc.perform(get("/import")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/import").with(user("analyst").roles("ANALYST"))).andExpect(status().isForbidden());
        mvc.perform(get("/timeline").with(user("analyst").roles("ANALYST")))
                .andExpect(content().string(not(containsString("href=\"/import\""))));
        String word = word();
        mvc.perform(multipart("/import")
                        .file(csv(goodCsv(word)))
                        .param("mode", "real")
                        .with(editor()))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/import")
                        .file(csv(goodCsv(word)))
                        .param("mode", "real")
                        .with(user("analyst").roles("ANALYST"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(incidentsTitled(word)).isZero();
    }

    @Test
    void aDryRunReportsTheRowsAndWritesNothing() throws Exception {
        String word = word();
        Document page = importPage(csv(goodCsv(word)), "dry");
        assertThat(page.select(".import-report [role=status]").text())
                .contains("all 2 rows are fine")
                .contains("2 incidents, one source")
                .contains("Nothing was written");
        assertThat(incidentsTitled(word)).isZero();
        assertThat(jdbc.sql("select count(*) from source where title = :t")
                        .param("t", "Drone report " + word)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    /** What spreadsheets save in Russian and Kazakh locales: semicolons between fields, a byte order mark first. */
    static String semicolonCsv(String word) {
        return "\uFEFF" + HEADER.replace(',', ';')
                + "1998-05-14;;;DRONE_INCURSION;\"Drone over Pavlodar; north " + word + "\";KZ;KZ-55;Ekibastuz;"
                + "51.72;75.32;SETTLEMENT;2;SCRAMBLED;\"Seen at dawn, then lost; twice\";"
                + "Tengrinews;Drone report " + word + ";https://example.org/" + word + ";1998-05-15\r\n";
    }

    @Test
    void aSemicolonSeparatedFileIsReadOnThePageAndTheApi() throws Exception {
        String word = word();
        Document page = importPage(csv(semicolonCsv(word)), "dry");
        assertThat(page.select(".import-problems")).isEmpty();
        assertThat(page.select(".import-report [role=status]").text()).contains("Nothing was written");

        mvc.perform(post("/api/v1/import?dryRun=false")
                        .with(editor())
                        .contentType("text/csv")
                        .content(semicolonCsv(word).getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.written").value(true))
                .andExpect(jsonPath("$.counts.incidents").value(1));
        assertThat(jdbc.sql("select title || '|' || description from airspace_incident where title like :w")
                        .param("w", "%" + word + "%")
                        .query(String.class)
                        .single())
                .isEqualTo("Drone over Pavlodar; north " + word + "|Seen at dawn, then lost; twice");
    }

    @Test
    void aRealRunWritesTheIncidentsOntoTheTimelineWithTheirSource() throws Exception {
        String word = word();
        mvc.perform(multipart("/import")
                        .file(csv(goodCsv(word)))
                        .param("mode", "real")
                        .with(editor())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/import"))
                .andExpect(flash().attribute("message", "import.done"))
                .andExpect(flash().attribute("messageArgument", "2 incidents, one source"));
        assertThat(incidentsTitled(word)).isEqualTo(2);
        assertThat(timelineEntriesTitled(word)).isEqualTo(2);
        assertThat(jdbc.sql("""
                        select count(distinct s.publisher || s.title) from timeline_entry e
                          join timeline_entry_source s on s.entry_id = e.id
                         where e.title like :w and s.title = :t
                        """)
                        .param("w", "%" + word + "%")
                        .param("t", "Drone report " + word)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select date_precision || ' ' || date_approximate || ' ' || kind from airspace_incident"
                                + " where title = :t")
                        .param("t", "Debris in Aktobe " + word)
                        .query(String.class)
                        .single())
                .isEqualTo("MONTH true DEBRIS_FOUND");
        assertThat(jdbc.sql("select author from record_change where table_name = 'airspace_incident'"
                                + " and new_row ->> 'title' = :t")
                        .param("t", "Drone over Pavlodar " + word)
                        .query(String.class)
                        .single())
                .isEqualTo("editor");
        String timeline = mvc.perform(get("/timeline?q=" + word))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(timeline).contains("Drone over Pavlodar " + word).contains("Debris in Aktobe " + word);
    }

    @Test
    void everyBadRowIsReportedWithItsLineAndNothingIsWritten() throws Exception {
        String word = word();
        String source = ",Tengrinews,Report " + word + ",https://example.org/" + word + ",1998-05-15\n";
        String file = HEADER
                + "1998-05-14,,,DRONE_INCURSION,Good row " + word + ",KZ,,,,,,,,," + source.substring(1)
                + "1998-02-30,,,DRONE_INCURSION,Bad date " + word + ",KZ,,,,,,,," + source
                + "1998-05-14,,,DRONE_INCURSION,Unknown region " + word + ",KZ,KZ-99,,,,,,," + source
                + "1998-05-14,,,DRONE_INCURSION,Far north " + word + ",KZ,,,95,70,EXACT,,," + source
                + "1998-05-14,,,DRONE_INCURSION,,KZ,,,,,,,," + source
                + "1998-05-14,,,DRONE_INCURSION,Bad address " + word
                + ",KZ,,,,,,,,,Tengrinews,Report,not-an-address,\n"
                + "1998-05,DAY,,DRONE_INCURSION,Month only " + word + ",KZ,,,,,,,," + source;
        Document page = importPage(csv(file), "real");
        assertThat(page.select(".import-report [role=alert]").text()).contains("6 problems found");
        List<String> rows = page.select(".import-problems tbody tr").stream()
                .map(Element::text)
                .toList();
        assertThat(rows)
                .containsExactly(
                        "line 3 event_date There is no such day.",
                        "line 4 region Choose one of the listed regions.",
                        "line 5 latitude A latitude lies between -90 and 90.",
                        "line 6 title Fill this in.",
                        "line 7 source_url Give a full web address starting with https:// or http://, such as"
                                + " https://example.org/article.",
                        "line 8 event_date For a known day, write the full date (2025-09-14).");
        assertThat(incidentsTitled(word)).isZero();
        assertThat(jdbc.sql("select count(*) from source where title = :t")
                        .param("t", "Report " + word)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void quotedFieldsWithCommasLineBreaksAndCyrillicAndAByteOrderMarkAreRead() throws Exception {
        String word = word();
        String file = "\uFEFF" + HEADER.replace("\n", "\r\n")
                + "1998-07-02,,,DRONE_INCURSION,\"Беспилотник над Павлодаром, " + word + "\",KZ,KZ-55,"
                + "\"Павлодар, \"\"центр\"\"\",,,,,,\"First line\r\nsecond line, with a comma\","
                + "Tengrinews,\"Новости " + word + "\",,\r\n";
        mvc.perform(multipart("/import")
                        .file(csv(file))
                        .param("mode", "real")
                        .with(editor())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select title || '|' || place || '|' || description from airspace_incident"
                                + " where title like :w")
                        .param("w", "%" + word + "%")
                        .query(String.class)
                        .single())
                .isEqualTo("Беспилотник над Павлодаром, " + word + "|Павлодар, \"центр\"|First line\r\nsecond line,"
                        + " with a comma");
    }

    @Test
    void anUploadLargerThanTheImportTakesIsTurnedBackBeforeItIsRead() throws Exception {
        long before =
                jdbc.sql("select count(*) from record_change").query(Long.class).single();
        mvc.perform(post("/import")
                        .with(user("editor").roles("EDITOR"))
                        .contentType("multipart/form-data; boundary=xyz")
                        .content(new byte[20 * 1024 * 1024 + 1]))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/import?tooLarge"));
        mvc.perform(get("/import").param("tooLarge", "").with(user("editor").roles("EDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("larger than an import takes")))
                .andExpect(content().string(containsString("At most 20 MB")));
        assertThat(jdbc.sql("select count(*) from record_change")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void aMissingEmptyOrUnknownFileGetsAMessageOnThePage() throws Exception {
        Document none = Jsoup.parse(mvc.perform(
                        multipart("/import").param("mode", "dry").with(editor()).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(none.select("[role=alert]").text()).isEqualTo("Choose a file to import.");
        Document empty = importPage(new MockMultipartFile("file", "empty.csv", "text/csv", new byte[0]), "dry");
        assertThat(empty.select(".import-problems").text()).contains("The file is empty.");
        Document unknown = importPage(
                new MockMultipartFile("file", "notes.txt", "text/plain", "just some notes".getBytes()), "dry");
        assertThat(unknown.select(".import-problems").text())
                .contains("neither a CSV file of incidents (with an event_date column) nor a dump");
        Document noHeaderColumns = importPage(csv("date,title\n1998-01-01,Something\n"), "dry");
        assertThat(noHeaderColumns.select(".import-problems").text())
                .contains("There is no column \"date\"")
                .contains("The column \"event_date\" is required.");
    }

    @Test
    void theApiImportsForEditorsAndNamesTheBadRows() throws Exception {
        String word = word();
        String password = "import api password";
        String name = "importer" + word.substring(0, 6);
        accounts.create(name, password, Role.EDITOR);
        mvc.perform(post("/api/v1/import").contentType("text/csv").content(goodCsv(word)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/import?dryRun=true")
                        .with(httpBasic(name, password))
                        .contentType("text/csv")
                        .content(goodCsv(word)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.format").value("csv"))
                .andExpect(jsonPath("$.dryRun").value(true))
                .andExpect(jsonPath("$.records").value(2))
                .andExpect(jsonPath("$.counts.incidents").value(2))
                .andExpect(jsonPath("$.written").value(false));
        assertThat(incidentsTitled(word)).isZero();
        mvc.perform(post("/api/v1/import?dryRun=false")
                        .with(httpBasic(name, password))
                        .contentType("text/csv")
                        .content(HEADER + "1998-13-01,,,DRONE_INCURSION,Bad " + word + ",KZ,,,,,,,,,P,T,,\n"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("event_date"))
                .andExpect(jsonPath("$.errors[0].message").value("There is no such day."));
        mvc.perform(post("/api/v1/import?dryRun=false")
                        .with(httpBasic(name, password))
                        .contentType("text/csv")
                        .content(goodCsv(word)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.written").value(true));
        assertThat(incidentsTitled(word)).isEqualTo(2);
        mvc.perform(post("/api/v1/import?dryRun=true")
                        .with(httpBasic(name, password))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"format\":\"defence-tracker-dump\",\"version\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("only into an empty tracker")));
    }

    @Test
    void aDumpThatIsNotADumpIsRefusedWithWhereItWentWrong() throws Exception {
        mvc.perform(
                        post("/api/v1/import?dryRun=true")
                                .with(user("editor").roles("EDITOR"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"format\":\"defence-tracker-dump\",\"version\":1,\n\"incidents\":[{\"kind\":\"UFO\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("(line 2, column")))
                .andExpect(jsonPath("$.errors[0].message").value(not(containsString("org.defencetracker"))));
        mvc.perform(post("/api/v1/import?dryRun=true")
                        .with(user("editor").roles("EDITOR"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"format\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("JSON is broken")));
    }

    @Test
    void theDumpIsJsonWithItsFormatAndEveryKindOfRecord() throws Exception {
        String word = word();
        mvc.perform(multipart("/import")
                .file(csv(goodCsv(word)))
                .param("mode", "real")
                .with(editor())
                .with(csrf()));
        mvc.perform(get("/api/v1/dump"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.format").value("defence-tracker-dump"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.sources").isArray())
                .andExpect(jsonPath("$.bodies[0].nameEn").isString())
                .andExpect(jsonPath("$.acts[0].stages").isArray())
                .andExpect(jsonPath("$.mandates[0].duty").isString())
                .andExpect(jsonPath("$.statements[0].stance").isString())
                .andExpect(jsonPath("$.incidents[?(@.title == 'Drone over Pavlodar " + word + "')].region")
                        .value("KZ-55"));
    }
}
