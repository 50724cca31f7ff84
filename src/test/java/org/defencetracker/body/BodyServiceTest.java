package org.defencetracker.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Locale;
import org.defencetracker.PostgresTest;
import org.defencetracker.TestRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresTest
class BodyServiceTest {

    @Autowired
    BodyService bodies;

    @Test
    void placesACommitteeUnderItsChamber() {
        String word = TestRecords.uniqueWord();
        BodyView parliament = create(BodyKind.PARLIAMENT, null, "KZ", "Parliament " + word);
        BodyView senate = create(BodyKind.PARLIAMENT_CHAMBER, parliament.id(), "KZ", "Senate " + word);
        BodyView committee = create(BodyKind.COMMITTEE, senate.id(), "KZ", "Committee " + word);

        assertThat(bodies.lineage(committee.id()))
                .extracting(BodyView::id)
                .containsExactly(parliament.id(), senate.id(), committee.id());
        assertThat(bodies.children(parliament.id())).extracting(BodyView::id).containsExactly(senate.id());
        assertThat(committee.parentId()).isEqualTo(senate.id());
    }

    @Test
    void findsABodyByItsEnglishNameWhateverTheCase() {
        String word = TestRecords.uniqueWord();
        BodyView body = create(BodyKind.AGENCY, null, "KZ", "Agency " + word);

        assertThat(bodies.findByName("KZ", "AGENCY " + word.toUpperCase(Locale.ROOT)))
                .hasValueSatisfying(found -> assertThat(found.id()).isEqualTo(body.id()));
        assertThat(bodies.findByName("UZ", "Agency " + word)).isEmpty();
    }

    @Test
    void showsTheNameInTheReadersLanguageWhereKnown() {
        String word = TestRecords.uniqueWord();
        BodyView body = bodies.create(new CreateBody(
                BodyKind.MINISTRY, null, "KZ", "  Ministry " + word + " ", "Министерство " + word, " ", "M"));

        assertThat(body.nameEn()).isEqualTo("Ministry " + word);
        assertThat(body.name(Locale.forLanguageTag("ru"))).isEqualTo("Министерство " + word);
        assertThat(body.name(Locale.forLanguageTag("kk"))).isEqualTo("Ministry " + word);
        assertThat(body.nameKk()).isNull();
    }

    @Test
    void rejectsAnUnknownCountry() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> create(BodyKind.AGENCY, null, "XX", "Agency " + TestRecords.uniqueWord()));
    }

    @Test
    void keepsABodyInTheCountryOfItsParent() {
        BodyView parent = create(BodyKind.GOVERNMENT, null, "KZ", "Government " + TestRecords.uniqueWord());

        assertThatIllegalArgumentException()
                .isThrownBy(() -> create(BodyKind.MINISTRY, parent.id(), "UZ", "Ministry " + TestRecords.uniqueWord()));
    }

    @Test
    void reportsAnUnknownParent() {
        assertThatExceptionOfType(BodyNotFoundException.class)
                .isThrownBy(
                        () -> create(BodyKind.MINISTRY, Long.MAX_VALUE, "KZ", "Ministry " + TestRecords.uniqueWord()));
    }

    private BodyView create(BodyKind kind, Long parentId, String country, String nameEn) {
        return bodies.create(new CreateBody(kind, parentId, country, nameEn, null, null, null));
    }
}
