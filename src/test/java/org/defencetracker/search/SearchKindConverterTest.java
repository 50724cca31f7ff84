package org.defencetracker.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.defencetracker.shared.ConverterRefusals.assertRefuses;

import org.junit.jupiter.api.Test;

class SearchKindConverterTest {

    private final SearchKindConverter kinds = new SearchKindConverter();

    @Test
    void readsAKindAsAddressesWriteIt() {
        for (SearchKind kind : SearchKind.values()) {
            assertThat(kinds.convert(kind.code())).isEqualTo(kind);
        }
        assertThat(kinds.convert("ACT")).isEqualTo(SearchKind.ACT);
        assertThat(kinds.convert(" ")).isNull();
    }

    @Test
    void refusesAnotherKindWithItsReason() {
        assertRefuses(kinds, "decree", "error.parameter.searchKind");
    }
}
