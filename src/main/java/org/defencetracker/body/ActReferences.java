package org.defencetracker.body;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the body pages need to know about acts: implemented by the acts module, which depends on this one, so
 * that the dependency between the two runs one way only.
 */
public interface ActReferences {

    Map<Long, ActReference> byIds(Collection<Long> actIds);

    /** A page of the acts the body issued, newest first, below the cursor {@code before} if given. */
    Issued issuedBy(long bodyId, Long before);

    /** A page of acts a body issued, and the cursor of the next page ({@code null} on the last). */
    record Issued(List<ActReference> acts, Long older) {}

    /** An act as a body's page names and links it; the duties of an archived act no longer count. */
    record ActReference(long id, String label, String title, String status, boolean archived) {}
}
