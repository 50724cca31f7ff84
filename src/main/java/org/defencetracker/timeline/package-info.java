/**
 * The timeline: one chronological stream of every dated thing (act stages, mandate changes, incidents,
 * statements), kept as a read model that the other modules write in the same transaction as their records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Timeline")
package org.defencetracker.timeline;
