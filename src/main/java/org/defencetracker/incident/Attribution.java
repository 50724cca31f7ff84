package org.defencetracker.incident;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.defencetracker.shared.LocalizedName;
import org.defencetracker.statement.Stance;
import org.defencetracker.statement.StatementView;

/**
 * An incident's attribution as its claim ledger stands, following who speaks as much as what is said. Only the
 * officials of the affected state (the country where the incident happened) confirm or deny, and their latest word
 * wins over their earlier one: a retraction is a statement too. An admission by the officials of the named origin
 * state also confirms; their denial, while the affected state has not answered, makes the claim contested. Anyone
 * else (media, officials of third states, officials whose country is not known) only alleges, and only a claim that
 * names an origin is an allegation.
 *
 * <p>The origin is the state named by the confirmation (the admitting state itself for an admission), else by the
 * latest claim. {@code allegedBy} names who claimed that origin, {@code decidedBy} who confirmed or denied, and
 * {@code deniedByOrigin} tells that the named state denied it, which stays visible beside a confirmation.
 */
public record Attribution(
        AttributionStatus status,
        String origin,
        List<LocalizedName> allegedBy,
        LocalizedName decidedBy,
        boolean deniedByOrigin) {

    public static final Attribution NONE = new Attribution(AttributionStatus.UNKNOWN, null);

    private static final Comparator<StatementView> BY_DATE =
            Comparator.comparing((StatementView s) -> s.date().start()).thenComparing(StatementView::id);

    public Attribution {
        Objects.requireNonNull(status, "status");
        allegedBy = allegedBy == null ? List.of() : List.copyOf(allegedBy);
    }

    /** An attribution without the names of who said it, as the timeline keeps it. */
    public Attribution(AttributionStatus status, String origin) {
        this(status, origin, List.of(), null, false);
    }

    /**
     * The attribution of an incident in {@code affectedState} (an ISO country code) that follows from the
     * statements about it.
     */
    public static Attribution from(String affectedState, List<StatementView> statements) {
        Optional<StatementView> latestClaim = statements.stream()
                .filter(s -> s.stance() != Stance.DENIES && s.claimedOrigin() != null)
                .max(BY_DATE);
        String namedOrigin = latestClaim.map(StatementView::claimedOrigin).orElse(null);

        Optional<StatementView> affectedWord = latestWordOf(affectedState, statements);
        Optional<StatementView> admission = Optional.empty();
        Optional<StatementView> originWord = Optional.empty();
        if (namedOrigin != null && !namedOrigin.equals(affectedState)) {
            originWord = latestWordOf(namedOrigin, statements);
            admission = originWord.filter(s -> s.stance() == Stance.CONFIRMS);
        }
        boolean deniedByOrigin =
                originWord.filter(s -> s.stance() == Stance.DENIES).isPresent();

        if (affectedWord.filter(s -> s.stance() == Stance.CONFIRMS).isPresent()) {
            StatementView confirmation = affectedWord.get();
            String origin = confirmation.claimedOrigin() != null ? confirmation.claimedOrigin() : namedOrigin;
            boolean denied = deniedByOrigin && Objects.equals(origin, namedOrigin);
            return new Attribution(
                    AttributionStatus.CONFIRMED,
                    origin,
                    allegers(origin, statements, confirmation),
                    confirmation.actorNames(),
                    denied);
        }
        if (admission.isPresent()) {
            return new Attribution(
                    AttributionStatus.CONFIRMED,
                    namedOrigin,
                    allegers(namedOrigin, statements, admission.get()),
                    admission.get().actorNames(),
                    false);
        }
        if (affectedWord.isPresent()) {
            return new Attribution(
                    AttributionStatus.DENIED,
                    namedOrigin,
                    allegers(namedOrigin, statements, null),
                    affectedWord.get().actorNames(),
                    deniedByOrigin);
        }
        if (deniedByOrigin) {
            return new Attribution(
                    AttributionStatus.CONTESTED,
                    namedOrigin,
                    allegers(namedOrigin, statements, null),
                    originWord.get().actorNames(),
                    true);
        }
        if (latestClaim.isPresent()) {
            return new Attribution(
                    AttributionStatus.ALLEGED, namedOrigin, allegers(namedOrigin, statements, null), null, false);
        }
        return NONE;
    }

    /** The latest confirmation or denial by officials of {@code country}: their word as it stands. */
    private static Optional<StatementView> latestWordOf(String country, List<StatementView> statements) {
        if (country == null) {
            return Optional.empty();
        }
        return statements.stream()
                .filter(s -> s.stance() == Stance.CONFIRMS || s.stance() == Stance.DENIES)
                .filter(StatementView::isOfficial)
                .filter(s -> country.equals(s.speaksFor()))
                .max(BY_DATE);
    }

    /** Who claimed {@code origin}, in the order they first did, without the one who decided. */
    private static List<LocalizedName> allegers(String origin, List<StatementView> statements, StatementView decision) {
        if (origin == null) {
            return List.of();
        }
        return statements.stream()
                .filter(s -> s != decision)
                .filter(s -> s.stance() != Stance.DENIES && origin.equals(s.claimedOrigin()))
                .sorted(BY_DATE)
                .map(StatementView::actorNames)
                .distinct()
                .toList();
    }

    /**
     * The message key of the badge that says the status and who said it. Its arguments are the origin's name,
     * {@link #allegers(Locale)} and {@link #decidedBy(Locale)}.
     */
    public String badgeKey() {
        String key = "attribution.badge." + status.name();
        if (status == AttributionStatus.CONFIRMED && origin == null) {
            return key + ".noOrigin";
        }
        if (status == AttributionStatus.CONFIRMED && deniedByOrigin) {
            return key + ".deniedByOrigin";
        }
        return key;
    }

    /** Who alleged the origin, as one list for a sentence in {@code locale}. */
    public String allegers(Locale locale) {
        return allegedBy.stream().map(name -> name.in(locale).text()).collect(Collectors.joining(", "));
    }

    /** Who confirmed or denied, named in {@code locale}; null when nobody did. */
    public String decidedBy(Locale locale) {
        return decidedBy == null ? null : decidedBy.in(locale).text();
    }

    /** Whether a name the badge gives is known in English only, and shown so to a reader of {@code locale}. */
    public boolean namesInEnglish(Locale locale) {
        return Stream.concat(allegedBy.stream(), Stream.ofNullable(decidedBy))
                .anyMatch(name -> name.in(locale).fallback());
    }
}
