package org.defencetracker.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.defencetracker.PostgresTest;
import org.defencetracker.TestRecords;
import org.defencetracker.shared.FuzzyDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Entries keep their titles as message keys and arguments; the English titles written before read back into them. */
@PostgresTest
class TimelineTitleKeysTest {

    @Autowired
    TimelineWriter writer;

    @Autowired
    JdbcClient jdbc;

    @Test
    void storesTheKeyAndArgumentsBesideTheEnglishTitle() {
        String key = "test-titles:" + TestRecords.uniqueWord();
        EntryTitle title = EntryTitle.message("entry.stage.SIGNED", EntryTitle.term("act.kind.DECREE"), "On 'drones'");

        writer.record(new TimelineEntryDraft(
                key,
                EntryKind.ACT_STAGE,
                "SIGNED",
                FuzzyDate.day(2025, 3, 1),
                title,
                null,
                "/acts/1",
                null,
                null,
                null,
                null,
                null,
                null,
                EntryTranslations.NONE));

        Map<String, Object> row = jdbc.sql(
                        "select title, title_key, title_args::text as args from timeline_entry where entry_key = :key")
                .param("key", key)
                .query()
                .singleRow();
        assertThat(row.get("title")).isEqualTo("Decree signed: On 'drones'");
        assertThat(row.get("title_key")).isEqualTo("entry.stage.SIGNED");
        assertThat(TimelineTitles.read("entry.stage.SIGNED", (String) row.get("args")))
                .isEqualTo(title);
    }

    /** What the migration to keys did with the titles written in English: each reads back into itself. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ACT_STAGE      | SIGNED          | Decree signed: On civil defence: changes of 2025
            ACT_STAGE      | PASSED_MAZHILIS | Law passed by the Mazhilis: On air defence
            ACT_STAGE      | REPEALED        | Order repealed: On the guard of airfields
            MANDATE_CHANGE | GRANTED         | Ministry of Defence: 5 duties granted by Decree No. 9: on drones
            MANDATE_CHANGE | WITHDRAWN       | Border Service: 1 duty withdrawn by Law No. 12
            STATEMENT      | ASSERTS         | Claim by Ministry of Defence
            STATEMENT      | ASSERTS         | Statement by Akimat of the region
            STATEMENT      | CONFIRMS        | Confirmation by Kazakh officials
            STATEMENT      | DENIES          | Denial by Spokesman by the way
            """)
    void everyEnglishTitleWrittenBeforeReadsBackIntoItself(String kind, String subtype, String title) {
        Map<String, Object> read = jdbc.sql("""
                        select legacy_timeline_title_key(:kind, :subtype, :title) as key,
                               legacy_timeline_title_args(:kind, :title)::text as args
                        """)
                .param("kind", kind)
                .param("subtype", subtype)
                .param("title", title)
                .query()
                .singleRow();

        assertThat(read.get("key")).isNotNull();
        assertThat(EnglishTitles.of(TimelineTitles.read((String) read.get("key"), (String) read.get("args"))))
                .isEqualTo(title);
    }

    @Test
    void anIncidentsTitleIsLeftAsItsEditorWroteIt() {
        String key = jdbc.sql("select legacy_timeline_title_key('INCIDENT', 'DRONE_INCURSION', 'Claim by nobody')")
                .query(String.class)
                .optional()
                .orElse(null);

        assertThat(key).isNull();
    }
}
