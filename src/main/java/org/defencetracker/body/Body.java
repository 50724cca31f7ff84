package org.defencetracker.body;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Clock;
import java.util.Objects;
import org.defencetracker.shared.Countries;
import org.defencetracker.shared.EditableRecord;
import org.defencetracker.shared.LocalizedName;
import org.defencetracker.shared.OptionalText;
import org.hibernate.annotations.EmbeddedColumnNaming;

@Entity
@Table(name = "government_body")
class Body extends EditableRecord {

    @Enumerated(EnumType.STRING)
    private BodyKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Body parent;

    private String country;

    @Embedded
    @EmbeddedColumnNaming("name_%s")
    private LocalizedName name;

    private String abbreviation;

    protected Body() {}

    Body(CreateBody command, Body parent, Clock clock) {
        super(clock);
        apply(command, parent);
    }

    /** Replaces what an editor may change; {@code editedVersion} is the version the editor started from. */
    void revise(CreateBody command, Body parent, long editedVersion, Clock clock) {
        edit(editedVersion, clock, () -> {
            for (Body above = parent; above != null; above = above.parent()) {
                if (Objects.equals(above.id(), id())) {
                    throw new IllegalArgumentException("a body cannot be part of itself");
                }
            }
            apply(command, parent);
        });
    }

    private void apply(CreateBody command, Body parent) {
        if (!Countries.isKnown(command.country())) {
            throw new IllegalArgumentException("unknown country code " + command.country());
        }
        if (parent != null && !parent.country().equals(command.country())) {
            throw new IllegalArgumentException("a body belongs to the country of its parent");
        }
        this.kind = command.kind();
        this.parent = parent;
        this.country = command.country();
        this.name = LocalizedName.typed(command.nameEn(), command.nameRu(), command.nameKk());
        this.abbreviation = OptionalText.strippedOrNull(command.abbreviation());
    }

    String country() {
        return country;
    }

    Body parent() {
        return parent;
    }

    BodyView view() {
        return new BodyView(
                id(),
                kind,
                parent == null ? null : parent.id(),
                country,
                name.en(),
                name.ru(),
                name.kk(),
                abbreviation,
                version(),
                archived());
    }
}
