package org.defencetracker.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.defencetracker.PostgresTest;
import org.defencetracker.TestRecords;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.timeline.Citation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresTest
class SourceServiceTest {

    @Autowired
    SourceService sources;

    @Test
    void recordsASourceWithoutAPublicationDate() {
        String word = TestRecords.uniqueWord();

        SourceView source = sources.create(new CreateSource("Publisher " + word, "Undated " + word, null, null, null));

        assertThat(sources.get(List.of(source.id()))).singleElement().satisfies(found -> {
            assertThat(found.published()).isNull();
            assertThat(found.citation()).isEqualTo(new Citation("Publisher " + word, "Undated " + word, null, null));
        });
    }

    @Test
    void citesTheDateAsPreciselyAsItIsKnown() {
        String word = TestRecords.uniqueWord();

        SourceView source = sources.create(new CreateSource(
                "Publisher " + word, "Article " + word, "https://example.org/" + word, FuzzyDate.month(2015, 9), null));

        assertThat(sources.citations(List.of(source.id())))
                .containsExactly(new Citation(
                        "Publisher " + word, "Article " + word, "https://example.org/" + word, "September 2015"));
    }

    @Test
    void rejectsAnAddressThatIsNotAWebAddress() {
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        sources.create(new CreateSource("Publisher", "Title", "ftp://example.org/x", null, null)));
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        sources.create(new CreateSource("Publisher", "Title", "javascript:alert(1)", null, null)));
    }

    @Test
    void refusesToDropAnUnknownSourceSilently() {
        SourceView known = sources.create(
                new CreateSource("Publisher", "Title " + TestRecords.uniqueWord(), null, FuzzyDate.year(2015), null));

        assertThatExceptionOfType(SourceNotFoundException.class)
                .isThrownBy(() -> sources.get(List.of(known.id(), Long.MAX_VALUE)));
    }
}
