package org.defencetracker.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class EditableRecordTest {

    private static final Instant CREATED = Instant.parse("2026-03-01T09:00:00Z");

    private static final Clock AT_CREATION = Clock.fixed(CREATED, ZoneOffset.UTC);

    private static final Clock AN_HOUR_LATER = Clock.offset(AT_CREATION, Duration.ofHours(1));

    private static final Clock A_DAY_LATER = Clock.offset(AT_CREATION, Duration.ofDays(1));

    @Test
    void isCreatedAndLastChangedAtTheClocksInstant() {
        Note note = saved(new Note(AT_CREATION), 0);

        assertThat(note.createdAt()).isEqualTo(CREATED);
        assertThat(note.updatedAt()).isEqualTo(CREATED);
        assertThat(note.archived()).isFalse();
        assertThat(note.archivedAt()).isNull();
    }

    @Test
    void revisionMovesOnlyTheTimeOfTheLastChange() {
        Note note = saved(new Note(AT_CREATION), 2);

        note.revise("corrected", 2, AN_HOUR_LATER);

        assertThat(note.text).isEqualTo("corrected");
        assertThat(note.createdAt()).isEqualTo(CREATED);
        assertThat(note.updatedAt()).isEqualTo(CREATED.plus(Duration.ofHours(1)));
    }

    @Test
    void revisionFromAnotherVersionIsAConflictAndChangesNothing() {
        Note note = saved(new Note(AT_CREATION), 3);

        assertThatThrownBy(() -> note.revise("corrected", 2, AN_HOUR_LATER))
                .isInstanceOfSatisfying(EditConflictException.class, conflict -> {
                    assertThat(conflict.id()).isEqualTo(7);
                    assertThat(conflict.editedVersion()).isEqualTo(2);
                    assertThat(conflict.currentVersion()).isEqualTo(3);
                });
        assertThat(note.text).isEqualTo("first");
        assertThat(note.updatedAt()).isEqualTo(CREATED);
    }

    @Test
    void archivingIsChangingAtTheSameInstant() {
        Note note = saved(new Note(AT_CREATION), 1);

        note.archive(1, AN_HOUR_LATER);

        assertThat(note.archived()).isTrue();
        assertThat(note.archivedAt()).isEqualTo(CREATED.plus(Duration.ofHours(1)));
        assertThat(note.updatedAt()).isEqualTo(note.archivedAt());
    }

    @Test
    void archivingAnArchivedRecordKeepsTheFirstTime() {
        Note note = saved(new Note(AT_CREATION), 1);
        note.archive(1, AN_HOUR_LATER);

        note.archive(1, A_DAY_LATER);

        assertThat(note.archivedAt()).isEqualTo(CREATED.plus(Duration.ofHours(1)));
        assertThat(note.updatedAt()).isEqualTo(CREATED.plus(Duration.ofHours(1)));
    }

    @Test
    void archivingFromAnotherVersionIsAConflictAndChangesNothing() {
        Note note = saved(new Note(AT_CREATION), 4);

        assertThatThrownBy(() -> note.archive(3, AN_HOUR_LATER)).isInstanceOf(EditConflictException.class);
        assertThat(note.archived()).isFalse();
        assertThat(note.updatedAt()).isEqualTo(CREATED);
    }

    @Test
    void restoringClearsTheArchiveTimeAndCountsAsAChange() {
        Note note = saved(new Note(AT_CREATION), 1);
        note.archive(1, AN_HOUR_LATER);

        note.restore(1, A_DAY_LATER);

        assertThat(note.archived()).isFalse();
        assertThat(note.archivedAt()).isNull();
        assertThat(note.updatedAt()).isEqualTo(CREATED.plus(Duration.ofDays(1)));
    }

    @Test
    void restoringARecordThatIsNotArchivedChangesNothing() {
        Note note = saved(new Note(AT_CREATION), 1);

        note.restore(1, A_DAY_LATER);

        assertThat(note.archived()).isFalse();
        assertThat(note.updatedAt()).isEqualTo(CREATED);
    }

    @Test
    void restoringFromAnotherVersionIsAConflictAndChangesNothing() {
        Note note = saved(new Note(AT_CREATION), 1);
        note.archive(1, AN_HOUR_LATER);

        assertThatThrownBy(() -> note.restore(0, A_DAY_LATER)).isInstanceOf(EditConflictException.class);
        assertThat(note.archived()).isTrue();
    }

    /** What JPA does on saving: an id from the database, a version counted by Hibernate. */
    private static Note saved(Note note, long version) {
        ReflectionTestUtils.setField(note, "id", 7L);
        ReflectionTestUtils.setField(note, "version", version);
        assertThat(note.id()).isEqualTo(7L);
        assertThat(note.version()).isEqualTo(version);
        return note;
    }

    /** The smallest record: one field an editor changes. */
    private static class Note extends EditableRecord {

        private String text = "first";

        Note(Clock clock) {
            super(clock);
        }

        void revise(String text, long editedVersion, Clock clock) {
            edit(editedVersion, clock, () -> this.text = text);
        }
    }
}
