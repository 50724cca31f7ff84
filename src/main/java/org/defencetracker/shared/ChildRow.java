package org.defencetracker.shared;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A row that belongs to a record and is written only through it: an act's stages and relations, a body's duties.
 * Such a row has its own generated {@code id} column but no version or times of its own; its record keeps those.
 *
 * <p>{@link #id()} is not final: a row loaded lazily is a Hibernate proxy, which passes the call on.
 */
@MappedSuperclass
public abstract class ChildRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** For JPA, and for a new row, which gets its id when it is saved. */
    protected ChildRow() {}

    /** Null until the row is first saved. */
    public Long id() {
        return id;
    }
}
