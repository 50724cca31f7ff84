package org.defencetracker.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.defencetracker.shared.LocalizedName;
import org.defencetracker.shared.Translated;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class TimelineTitlesTest {

    private static final Locale KAZAKH = Locale.forLanguageTag("kk");
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Test
    void composesAMessageInTheReadersLanguageWithItsTermsInThatLanguageToo() {
        StaticMessageSource bundle = new StaticMessageSource();
        bundle.setAlwaysUseMessageFormat(true);
        bundle.addMessage("entry.stage.SIGNED", Locale.ENGLISH, "{0} signed: {1}");
        bundle.addMessage("act.kind.DECREE", Locale.ENGLISH, "Decree");
        bundle.addMessage("entry.stage.SIGNED", RUSSIAN, "{0} подписан: {1}");
        bundle.addMessage("act.kind.DECREE", RUSSIAN, "Указ");
        TimelineTitles titles = new TimelineTitles(bundle);
        EntryTitle title = EntryTitle.message("entry.stage.SIGNED", EntryTitle.term("act.kind.DECREE"), "No. 7");

        assertThat(titles.compose(title, Locale.ENGLISH)).isEqualTo(new Translated("Decree signed: No. 7", false));
        assertThat(titles.compose(title, RUSSIAN)).isEqualTo(new Translated("Указ подписан: No. 7", false));
    }

    @Test
    void namesARecordInTheReadersLanguageAndMarksTheTitleWhereItsNameIsKnownInEnglishOnly() {
        StaticMessageSource bundle = new StaticMessageSource();
        bundle.setAlwaysUseMessageFormat(true);
        bundle.addMessage("entry.stage.SIGNED", Locale.ENGLISH, "{0} signed: {1}");
        bundle.addMessage("entry.stage.SIGNED", RUSSIAN, "{0} подписан: {1}");
        bundle.addMessage("entry.stage.SIGNED", KAZAKH, "{0} қол қойылды: {1}");
        bundle.addMessage("act.kind.DECREE", Locale.ENGLISH, "Decree");
        bundle.addMessage("act.kind.DECREE", RUSSIAN, "Указ");
        bundle.addMessage("act.kind.DECREE", KAZAKH, "Жарлық");
        TimelineTitles titles = new TimelineTitles(bundle);
        EntryTitle title = EntryTitle.message(
                "entry.stage.SIGNED",
                EntryTitle.term("act.kind.DECREE"),
                new LocalizedName("On the reserve", "О резерве", null));
        EntryTitle stored = TimelineTitles.read(title.key(), TimelineTitles.json(title));

        assertThat(titles.compose(stored, Locale.ENGLISH))
                .isEqualTo(new Translated("Decree signed: On the reserve", false));
        assertThat(titles.compose(stored, RUSSIAN)).isEqualTo(new Translated("Указ подписан: О резерве", false));
        assertThat(titles.compose(stored, KAZAKH))
                .isEqualTo(new Translated("Жарлық қол қойылды: On the reserve", true));
    }

    @Test
    void anEditorsTitleIsTheSameInEveryLanguageAndMarkedAsEnglishInTheOthers() {
        TimelineTitles titles = new TimelineTitles(new StaticMessageSource());

        assertThat(titles.compose(EntryTitle.text("Drone over 'Kokshetau' {0}"), RUSSIAN))
                .isEqualTo(new Translated("Drone over 'Kokshetau' {0}", true));
        assertThat(titles.compose(EntryTitle.text("Drone"), Locale.ENGLISH)).isEqualTo(new Translated("Drone", false));
        assertThat(TimelineTitles.json(EntryTitle.text("Drone"))).isNull();
    }

    @Test
    void argumentsSurviveTheirStoredForm() {
        EntryTitle title = EntryTitle.message(
                "entry.mandate.GRANTED", "Ministry 'of' \"Defence\"", 3, EntryTitle.term("act.kind.LAW"));

        EntryTitle read = TimelineTitles.read(title.key(), TimelineTitles.json(title));

        assertThat(read.key()).isEqualTo("entry.mandate.GRANTED");
        assertThat(read.args()).containsExactly("Ministry 'of' \"Defence\"", 3L, EntryTitle.term("act.kind.LAW"));
    }

    @Test
    void theBundleCountsDutiesInEnglish() {
        assertThat(EnglishTitles.of(EntryTitle.message("entry.mandate.GRANTED", "Ministry", 1, "Decree No. 9")))
                .isEqualTo("Ministry: 1 duty granted by Decree No. 9");
        assertThat(EnglishTitles.of(EntryTitle.message("entry.mandate.WITHDRAWN", "Ministry", 12, "Decree No. 9")))
                .isEqualTo("Ministry: 12 duties withdrawn by Decree No. 9");
    }

    @Test
    void aTitleIsEitherAKeyOrATextOfStorableArguments() {
        assertThatThrownBy(() -> new EntryTitle("entry.stage.SIGNED", List.of(), "Decree signed"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EntryTitle.message("entry.stage.SIGNED", 1.5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
