package org.defencetracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.defencetracker.WebPageTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page the site draws, found from its own mappings so that a new page cannot be left out, shows its texts as
 * written: no doubled apostrophe left over from message formatting, no key shown in place of a missing text.
 */
@WebPageTest
class RenderedTextTest {

    /** The record that stands in for {id} under each address, by the address's first part. */
    private static final Map<String, String> RECORDS = Map.of(
            "acts", "legal_act",
            "bodies", "government_body",
            "incidents", "airspace_incident",
            "sources", "source",
            "statements", "statement");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void noPageShowsADoubledApostropheOrAMissingText() throws Exception {
        List<String> problems = new ArrayList<>();
        TreeSet<String> pages = pages();
        assertThat(pages).contains("/timeline", "/statements/{id}/edit", "/account");
        for (String pattern : pages) {
            String address = withRecord(pattern);
            String html = mvc.perform(get(address).with(user("text-admin").roles("ADMIN")))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            String text =
                    Jsoup.parse(html).text() + " " + Jsoup.parse(html).select("[placeholder], [title], [aria-label]");
            if (text.contains("''")) {
                problems.add(address + " shows a doubled apostrophe: " + around(text, "''"));
            }
            if (text.contains("??")) {
                problems.add(address + " shows a missing text: " + around(text, "??"));
            }
        }
        assertThat(problems).isEmpty();
    }

    private TreeSet<String> pages() {
        TreeSet<String> pages = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            var methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                boolean page = !pattern.startsWith("/api")
                        && !pattern.startsWith("/error")
                        && !pattern.startsWith("/v3")
                        && !pattern.startsWith("/swagger")
                        // The pickers' suggestions are JSON for the script, not a page.
                        && !pattern.startsWith("/pickers")
                        && !pattern.endsWith(".csv")
                        && !pattern.endsWith(".json")
                        && !pattern.endsWith(".atom");
                if (page) {
                    pages.add(pattern);
                }
            }
        });
        return pages;
    }

    private String withRecord(String pattern) {
        if (!pattern.contains("{")) {
            return pattern;
        }
        String table = RECORDS.get(pattern.split("/")[1]);
        assertThat(table).as("a record for the page %s", pattern).isNotNull();
        Long id = jdbc.queryForObject("select min(id) from " + table, Long.class);
        return pattern.replaceAll("\\{[^}]+}", String.valueOf(id));
    }

    private static String around(String text, String found) {
        int at = text.indexOf(found);
        return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 40));
    }
}
