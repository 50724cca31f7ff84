package org.defencetracker.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordFrequencyTest {

    @Test
    void requiresTheWordsOfEachAlternativeButNotThoseLeftOut() {
        assertThat(WordFrequency.requiredWords("Drone -crash \"territorial defence\" OR law"))
                .isEqualTo(List.of(List.of("drone", "territorial", "defence"), List.of("law")));
        assertThat(WordFrequency.requiredWords("-synthetic")).isEqualTo(List.of(List.of()));
    }

    @Test
    void readsAQuoteLeftOpenAsAPhraseToTheEnd() {
        assertThat(WordFrequency.requiredWords("\"drone attack -near"))
                .isEqualTo(List.of(List.of("drone", "attack", "near")));
        assertThat(WordFrequency.requiredWords("synthetic \"drone")).isEqualTo(List.of(List.of("synthetic", "drone")));
    }
}
