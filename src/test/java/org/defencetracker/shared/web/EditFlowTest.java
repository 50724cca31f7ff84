package org.defencetracker.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.defencetracker.shared.EditConflictException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

class EditFlowTest {

    private static final EditConflict.Change OTHER_SAVE = new EditConflict.Change(
            "other", ZonedDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC), List.of("title"));

    /** The record as saved now: version 5, titled by another editor. */
    private final Note saved = new Note(12, "Their title", 5);

    private final List<String> historyAsked = new ArrayList<>();

    private final EditFlow<Note, NoteForm> flow = new EditFlow<>(
            (table, id, version) -> {
                historyAsked.add(table + " " + id + " since " + version);
                return List.of(OTHER_SAVE);
            },
            "note",
            id -> saved,
            NoteForm::of,
            (form, note, model) -> {
                model.addAttribute("shown", note);
                return "notes/form";
            });

    private final Model model = new ExtendedModelMap();
    private final MockHttpServletResponse response = new MockHttpServletResponse();
    private final RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

    @Test
    void showsTheEditPageWithTheSavedValuesAndVersion() {
        assertThat(flow.editPage(12, model)).isEqualTo("notes/form");

        assertThat(model.getAttribute("shown")).isSameAs(saved);
    }

    @Test
    void refusesAnEditWithoutTheVersionItStartedFrom() {
        NoteForm form = new NoteForm("Mine", null);
        BindingResult errors = new BeanPropertyBindingResult(form, "form");

        flow.requireVersion(form, errors);

        assertThat(errors.getGlobalErrors()).extracting(e -> e.getCode()).containsExactly("edit.versionMissing");
    }

    @Test
    void acceptsAnEditThatNamesItsVersion() {
        NoteForm form = new NoteForm("Mine", 5L);
        BindingResult errors = new BeanPropertyBindingResult(form, "form");

        flow.requireVersion(form, errors);

        assertThat(errors.hasErrors()).isFalse();
    }

    @Test
    void redirectsAfterASaveWithTheSavedMessage() {
        String answer = flow.save(12, new NoteForm("Mine", 5L), edit(), () -> "/notes/12");

        assertThat(answer).isEqualTo("redirect:/notes/12");
        assertThat(flash(redirect)).containsEntry("message", "edit.saved");
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void answersASaveFromAnOutdatedVersionWithTheConflictPage() {
        NoteForm mine = new NoteForm("My title", 4L);

        String answer = flow.save(12, mine, edit(), () -> {
            throw new EditConflictException("note", 12, 4, 5);
        });

        assertThat(answer).isEqualTo("notes/form");
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(model.getAttribute("shown")).isSameAs(saved);
        assertThat(model.getAttribute("editedVersion")).isEqualTo(4L);
        EditConflict conflict = (EditConflict) model.getAttribute("conflict");
        assertThat(conflict.differences())
                .containsExactly(new EditConflict.Difference("title", "Their title", "My title"));
        assertThat(conflict.changes()).containsExactly(OTHER_SAVE);
        assertThat(historyAsked).containsExactly("note 12 since 4");
        // The input stays; saving again applies it on top of the current version.
        assertThat(mine.title).isEqualTo("My title");
        assertThat(mine.getVersion()).isEqualTo(5L);
        assertThat(flash(redirect)).isEmpty();
    }

    @Test
    void leavesOtherRefusalsToTheCaller() {
        assertThatIllegalStateException()
                .isThrownBy(() -> flow.save(12, new NoteForm("Mine", 5L), edit(), () -> {
                    throw new IllegalStateException("duplicate");
                }));
        assertThat(flash(redirect)).isEmpty();
    }

    @Test
    void archivesAndRestoresWithTheirMessages() {
        List<String> done = new ArrayList<>();
        flow.archiving(
                        (id, version) -> done.add("archived " + id + " at " + version),
                        (id, version) -> done.add("restored " + id + " at " + version))
                .addressedBy(id -> "/notes/" + id + "#top", id -> "/notes/" + id);

        assertThat(flow.archive(12, 5, redirect)).isEqualTo("redirect:/notes/12");
        assertThat(flash(redirect)).containsEntry("message", "edit.archived");

        RedirectAttributesModelMap afterRestore = new RedirectAttributesModelMap();
        assertThat(flow.restore(12, 6, afterRestore)).isEqualTo("redirect:/notes/12#top");
        assertThat(flash(afterRestore)).containsEntry("message", "edit.restored");
        assertThat(done).containsExactly("archived 12 at 5", "restored 12 at 6");
    }

    @Test
    void warnsWhenTheRecordChangedBeforeArchivingOrRestoring() {
        RecordWrites.ArchiveChange stale = (id, version) -> {
            throw new EditConflictException("note", id, version, 5);
        };
        flow.archiving(stale, stale).at("/notes");

        assertThat(flow.archive(12, 4, redirect)).isEqualTo("redirect:/notes/12");
        assertThat(flash(redirect))
                .containsEntry("problem", "edit.staleArchive")
                .doesNotContainKey("message");

        RedirectAttributesModelMap afterRestore = new RedirectAttributesModelMap();
        assertThat(flow.restore(12, 4, afterRestore)).isEqualTo("redirect:/notes/12");
        assertThat(flash(afterRestore))
                .containsEntry("problem", "edit.staleArchive")
                .doesNotContainKey("message");
    }

    @Test
    void createsARecordAndShowsItsPageWithTheCreatedMessage() {
        NoteForm form = new NoteForm("Mine", null);
        BindingResult errors = new BeanPropertyBindingResult(form, "form");

        flow.saving((f, note, e) -> f.getTitle(), title -> title.length(), (id, version, title) -> {})
                .at("/notes");

        String answer = flow.create(form, errors, edit());

        assertThat(answer).isEqualTo("redirect:/notes/4");
        assertThat(flash(redirect)).containsEntry("message", "edit.created");
    }

    @Test
    void showsTheFormAgainWhenTheReaderRefusesItAndSavesNothing() {
        NoteForm form = new NoteForm("", null);
        BindingResult errors = new BeanPropertyBindingResult(form, "form");
        List<String> saves = new ArrayList<>();

        flow.saving(
                (f, note, e) -> {
                    e.rejectValue("title", "note.titleRequired");
                    return f.getTitle();
                },
                (String title) -> {
                    saves.add(title);
                    return 1;
                },
                (id, version, title) -> saves.add(title));

        String answer = flow.create(form, errors, edit());

        assertThat(answer).isEqualTo("notes/form");
        assertThat(saves).isEmpty();
        assertThat(flash(redirect)).isEmpty();
    }

    @Test
    void showsARefusalOfTheServiceItKnowsAsTheProblemOfItsField() {
        flow.refusing(IllegalStateException.class, "title", "note.titleTaken");
        NoteForm form = new NoteForm("Mine", 5L);
        BindingResult errors = new BeanPropertyBindingResult(form, "form");

        flow.saving((f, note, e) -> f.getTitle(), t -> 1, (id, version, t) -> {
            throw new IllegalStateException("taken");
        });

        String answer = flow.update(12, form, errors, edit());

        assertThat(answer).isEqualTo("notes/form");
        assertThat(errors.getFieldError("title").getCode()).isEqualTo("note.titleTaken");
        assertThat(model.getAttribute("shown")).isSameAs(saved);
    }

    @Test
    void letsARefusalItDoesNotKnowThrough() {
        NoteForm form = new NoteForm("Mine", null);
        BindingResult errors = new BeanPropertyBindingResult(form, "form");

        flow.saving(
                (f, note, e) -> f.getTitle(),
                t -> {
                    throw new IllegalStateException("unexpected");
                },
                (id, version, t) -> {});

        assertThatIllegalStateException().isThrownBy(() -> flow.create(form, errors, edit()));
    }

    @Test
    void anUpdateWithoutItsVersionIsShownAgainUnsaved() {
        NoteForm form = new NoteForm("Mine", null);
        BindingResult errors = new BeanPropertyBindingResult(form, "form");

        flow.saving((f, note, e) -> f.getTitle(), t -> 1, (id, version, t) -> {
            throw new AssertionError("saved without a version");
        });

        String answer = flow.update(12, form, errors, edit());

        assertThat(answer).isEqualTo("notes/form");
        assertThat(errors.getGlobalErrors()).extracting(e -> e.getCode()).containsExactly("edit.versionMissing");
    }

    private EditRequest edit() {
        return new EditRequest(new RowChange(null, null), model, response, redirect);
    }

    private static Map<String, Object> flash(RedirectAttributesModelMap redirect) {
        return new LinkedHashMap<>(redirect.getFlashAttributes());
    }

    private record Note(long id, String title, long version) {}

    private static class NoteForm implements EditForm {

        private final String title;
        private Long version;

        NoteForm(String title, Long version) {
            this.title = title;
            this.version = version;
        }

        public String getTitle() {
            return title;
        }

        static NoteForm of(Note note) {
            return new NoteForm(note.title(), note.version());
        }

        @Override
        public Long getVersion() {
            return version;
        }

        @Override
        public void setVersion(Long version) {
            this.version = version;
        }

        @Override
        public Map<String, String> values() {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("title", title);
            return values;
        }
    }
}
