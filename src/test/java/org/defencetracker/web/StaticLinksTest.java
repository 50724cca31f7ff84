package org.defencetracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.defencetracker.WebPageTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links of a page are written as the template writes them. With the static resource chain on (Spring Boot turns it
 * on when a webjars locator is on the class path), every link of every page is looked up as a file inside the jar
 * on the way out, which cost most of a timeline page's time. The layout's few links to stylesheets and scripts are
 * versioned by the application itself instead ({@code HttpCachingTest}).
 */
@WebPageTest
class StaticLinksTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Test
    void noLinkOfAPageGoesThroughTheResourceChain() {
        assertThat(context.getBeansOfType(ResourceUrlEncodingFilter.class)).isEmpty();
        assertThat(context.getBeansOfType(FilterRegistrationBean.class).values())
                .extracting(FilterRegistrationBean::getFilter)
                .noneMatch(ResourceUrlEncodingFilter.class::isInstance);
    }

    @Test
    void pagesLinkTheirStylesheetAndEntriesAsWritten() throws Exception {
        String page = mvc.perform(get("/timeline"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("href=\"/css/").contains("href=\"/incidents/");
    }
}
