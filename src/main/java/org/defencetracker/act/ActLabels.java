package org.defencetracker.act;

import java.util.Locale;
import org.defencetracker.shared.FuzzyDate;
import org.defencetracker.shared.LocalizedName;
import org.defencetracker.shared.Translated;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * How an act is cited in each language: "Law No. 123-VIII, June 2025" reads «Закон № 123-VIII, июнь 2025»; an act
 * without an official number is told apart by its title, as such acts are cited: "Order of 15 January 2026 “On the
 * reserve”". Pages name it so ({@code @actLabels.of(act, #locale)}), and so do the timeline's entries of the duties
 * it grants. A label holding a title known in English only is marked as shown in English.
 */
@Component
public class ActLabels {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final Locale KAZAKH = Locale.forLanguageTag("kk");

    private final MessageSource messages;

    ActLabels(MessageSource messages) {
        this.messages = messages;
    }

    public Translated of(ActView act, Locale locale) {
        return of(act.kind(), act.officialNumber(), first(act), act.titles(), locale);
    }

    /** The label in the three languages, for what is written once and read in any of them. */
    public LocalizedName of(ActView act) {
        return of(act.kind(), act.officialNumber(), first(act), act.titles());
    }

    /** The label of an act of {@code kind}, numbered so (or not), first dated {@code first} (or not dated). */
    public LocalizedName of(ActKind kind, String number, FuzzyDate first, LocalizedName titles) {
        return new LocalizedName(
                of(kind, number, first, titles, Locale.ENGLISH).text(),
                own(kind, number, first, titles, RUSSIAN),
                own(kind, number, first, titles, KAZAKH));
    }

    private Translated of(ActKind kind, String number, FuzzyDate first, LocalizedName titles, Locale locale) {
        String label = messages.getMessage("act.kind." + kind, null, locale);
        if (number != null) {
            label = messages.getMessage("act.label.number", new Object[] {label, number}, locale);
        }
        if (first != null) {
            label = messages.getMessage("act.label.date", new Object[] {label, first.label(locale)}, locale);
        }
        if (number != null) {
            return new Translated(label, false);
        }
        Translated title = titles.in(locale);
        return new Translated(
                messages.getMessage("act.label.title", new Object[] {label, title.text()}, locale), title.fallback());
    }

    private String own(ActKind kind, String number, FuzzyDate first, LocalizedName titles, Locale locale) {
        Translated label = of(kind, number, first, titles, locale);
        return label.fallback() ? null : label.text();
    }

    private static FuzzyDate first(ActView act) {
        return act.stages().isEmpty() ? null : act.stages().get(0).date();
    }
}
