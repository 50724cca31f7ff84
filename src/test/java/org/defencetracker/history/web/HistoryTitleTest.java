package org.defencetracker.history.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import org.defencetracker.shared.web.MessageAround;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class HistoryTitleTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Test
    void namesAnActInTheReadersLanguageWhereItHasATitleInThatOne() {
        Map<String, String> act = Map.of("id", "7", "title_en", "On defence", "title_ru", "Об обороне");

        assertThat(HistoryController.title("legal_act", act, RUSSIAN)).isEqualTo(ShownText.plain("Об обороне"));
        assertThat(HistoryController.title("legal_act", act, Locale.forLanguageTag("kk")))
                .isEqualTo(new ShownText("On defence", "en", true, false));
        assertThat(HistoryController.title("legal_act", act, Locale.ENGLISH)).isEqualTo(ShownText.plain("On defence"));
    }

    @Test
    void leavesAQuotationAndASourcesOwnTitleAsWritten() {
        Map<String, String> quotation = Map.of("id", "3", "text", "Ситуация под контролем", "quote", "true");
        Map<String, String> source = Map.of("id", "4", "publisher", "Tengrinews", "title", "Дроны над Абаем");

        assertThat(HistoryController.title("statement", quotation, Locale.ENGLISH))
                .isEqualTo(ShownText.verbatim("Ситуация под контролем"));
        assertThat(HistoryController.title("source", source, RUSSIAN))
                .isEqualTo(ShownText.verbatim("Tengrinews — Дроны над Абаем"));
    }

    @Test
    void shortensALongNameAndNumbersARecordWithoutOne() {
        Map<String, String> incident = Map.of("id", "5", "title", "x".repeat(200));

        assertThat(HistoryController.title("airspace_incident", incident, Locale.ENGLISH)
                        .text())
                .hasSize(160)
                .endsWith("…");
        assertThat(HistoryController.title("government_body", Map.of("id", "9"), RUSSIAN))
                .isEqualTo(ShownText.plain("#9"));
    }

    @Test
    void splitsAMessageAroundItsArgument() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("history.by", Locale.ENGLISH, "by {0}");
        messages.addMessage("history.by", RUSSIAN, "автор: {0}");
        messages.addMessage("history.intro", Locale.ENGLISH, "Every saved change");

        assertThat(MessageAround.of(messages, "history.by", Locale.ENGLISH)).isEqualTo(new MessageAround("by ", ""));
        assertThat(MessageAround.of(messages, "history.by", RUSSIAN)).isEqualTo(new MessageAround("автор: ", ""));
        assertThatThrownBy(() -> MessageAround.of(messages, "history.intro", Locale.ENGLISH))
                .isInstanceOf(IllegalStateException.class);
    }
}
