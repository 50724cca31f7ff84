package org.defencetracker.shared;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OrderBy;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

/**
 * A record that cites sources by their ids. Each kind keeps its citations in a table of its own, with the record's
 * id and a {@code source_id} column; the entity names that table with an {@code @AssociationOverride} of
 * {@code sourceIds}.
 */
@MappedSuperclass
public abstract class CitingRecord<C> extends RevisableRecord<C> {

    @ElementCollection
    // Pages of records (the dump) read their citations a batch of owners at a time.
    @BatchSize(size = 500)
    @Column(name = "source_id")
    @OrderBy
    private Set<Long> sourceIds = new LinkedHashSet<>();

    /** For JPA, which fills the fields from the row. */
    protected CitingRecord() {}

    /** The ids of the sources cited, in the order of their ids once read back. */
    public Set<Long> sourceIds() {
        return sourceIds;
    }

    /** Cites exactly {@code ids}: sources still cited keep their rows, the others are dropped. */
    protected void cite(Collection<Long> ids) {
        Set<Long> cited = new LinkedHashSet<>(ids);
        sourceIds.retainAll(cited);
        sourceIds.addAll(cited);
    }
}
