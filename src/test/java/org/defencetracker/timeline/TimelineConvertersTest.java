package org.defencetracker.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.defencetracker.shared.ConverterRefusals.assertRefuses;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimelineConvertersTest {

    private final TimelineCursorConverter cursors = new TimelineCursorConverter();
    private final EntryKindConverter kinds = new EntryKindConverter();

    @Test
    void readsTheCursorsItWrites() {
        TimelineCursor cursor = new TimelineCursor(LocalDate.of(2025, 9, 14), 42);

        assertThat(cursors.convert(cursor.toString())).isEqualTo(cursor);
        assertThat(cursors.convert(" 2025-09-14.42 ")).isEqualTo(cursor);
        assertThat(cursors.convert("")).isNull();
        assertThat(cursors.convert("  ")).isNull();
    }

    @Test
    void refusesACursorItDidNotWriteWithItsReason() {
        for (String text : new String[] {"garbage", "2025-09-14", "2025-13-14.1", "2025-09-14.x", ".42"}) {
            assertRefuses(cursors, text, "error.parameter.cursor");
        }
    }

    @Test
    void readsKindsInAnyCase() {
        assertThat(kinds.convert("INCIDENT")).isEqualTo(EntryKind.INCIDENT);
        assertThat(kinds.convert("act_stage")).isEqualTo(EntryKind.ACT_STAGE);
        assertThat(kinds.convert(" Statement ")).isEqualTo(EntryKind.STATEMENT);
        assertThat(kinds.convert("")).isNull();
    }

    @Test
    void refusesAnUnknownKindWithItsReason() {
        assertRefuses(kinds, "decree", "error.parameter.kind");
    }
}
