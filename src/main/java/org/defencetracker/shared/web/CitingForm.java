package org.defencetracker.shared.web;

import java.util.Arrays;
import java.util.List;
import org.defencetracker.shared.DatePrecision;
import org.defencetracker.shared.RecordRef;

/**
 * The edit form of a dated record that cites sources, an incident's or a statement's: its date fields, one picker a
 * source, and the version the editor started from.
 */
public abstract class CitingForm extends FuzzyDateInput implements EditForm, SourcePickers {

    /** One picker per source; empty ones are ignored. */
    @PickedFrom(RecordChoices.SOURCES)
    private RecordRef[] sources = new RecordRef[0];

    private Long version;

    /** Chosen beside the date, to the day unless said otherwise. */
    @Override
    public DatePrecision getPrecision() {
        return super.getPrecision() == null ? DatePrecision.DAY : super.getPrecision();
    }

    @Override
    public RecordRef[] getSources() {
        return sources;
    }

    @Override
    public void setSources(RecordRef[] sources) {
        this.sources = sources == null ? new RecordRef[0] : sources;
    }

    /** The sources cited; empty pickers are null. */
    public List<RecordRef> citedSources() {
        return Arrays.asList(sources);
    }

    @Override
    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
