package org.defencetracker.body;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.defencetracker.shared.Countries;
import org.defencetracker.shared.EditConflictException;

@Entity
@Table(name = "government_body")
class Body {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private BodyKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Body parent;

    private String country;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "name_ru")
    private String nameRu;

    @Column(name = "name_kk")
    private String nameKk;

    private String abbreviation;

    @Version
    private long version;

    private Instant createdAt = Instant.now();

    private Instant updatedAt = Instant.now();

    private Instant archivedAt;

    protected Body() {}

    Body(CreateBody command, Body parent) {
        apply(command, parent);
    }

    /** Replaces what an editor may change; {@code editedVersion} is the version the editor started from. */
    void revise(CreateBody command, Body parent, long editedVersion) {
        checkVersion(editedVersion);
        for (Body above = parent; above != null; above = above.parent()) {
            if (java.util.Objects.equals(above.id(), id)) {
                throw new IllegalArgumentException("a body cannot be part of itself");
            }
        }
        apply(command, parent);
        this.updatedAt = Instant.now();
    }

    void archive(long editedVersion) {
        checkVersion(editedVersion);
        if (archivedAt == null) {
            archivedAt = Instant.now();
            updatedAt = archivedAt;
        }
    }

    void restore(long editedVersion) {
        checkVersion(editedVersion);
        if (archivedAt != null) {
            archivedAt = null;
            updatedAt = Instant.now();
        }
    }

    private void checkVersion(long editedVersion) {
        if (editedVersion != version) {
            throw new EditConflictException("body", id, editedVersion, version);
        }
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
        this.nameEn = command.nameEn().strip();
        this.nameRu = blankToNull(command.nameRu());
        this.nameKk = blankToNull(command.nameKk());
        this.abbreviation = blankToNull(command.abbreviation());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    Long id() {
        return id;
    }

    String country() {
        return country;
    }

    Body parent() {
        return parent;
    }

    BodyView view() {
        return new BodyView(
                id,
                kind,
                parent == null ? null : parent.id(),
                country,
                nameEn,
                nameRu,
                nameKk,
                abbreviation,
                version,
                archivedAt != null);
    }
}
