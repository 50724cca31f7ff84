package org.defencetracker.body;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.defencetracker.shared.Translated;

/**
 * What the body pages need to know about acts: implemented by the acts module, which depends on this one, so
 * that the dependency between the two runs one way only.
 */
public interface ActReferences {

    Map<Long, ActReference> byIds(Collection<Long> actIds, Locale locale);

    /** A page of the acts the body issued, newest first, below the cursor {@code before} if given. */
    Issued issuedBy(long bodyId, Long before, Locale locale);

    /** A page of acts a body issued, and the cursor of the next page ({@code null} on the last). */
    record Issued(List<ActReference> acts, Long older) {}

    /**
     * An act as a body's page names and links it, in the reader's language; the duties of an archived act no longer
     * count.
     */
    record ActReference(long id, Translated label, Translated title, String status, boolean archived) {}
}
